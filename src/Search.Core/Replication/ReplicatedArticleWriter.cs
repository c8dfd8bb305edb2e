using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Indexing;

namespace Search.Core.Replication;

/// <summary>
/// Replicated mode's writes: published to the stream, answered once the stream acknowledged them and this replica
/// applied them (so the caller reads its own write here; the other replicas follow within their lag). Nothing is
/// written locally except by the follower, in stream order.
/// </summary>
public sealed class ReplicatedArticleWriter(WriteStream stream, ReplicaProgress progress, IndexStore store, IOptions<ReplicationOptions> options) : IArticleWriter
{
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(options.Value.WriteTimeoutSeconds);

    public async Task PutAsync(Article article, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(article);
        await WriteAsync(new JournalEntry(JournalEntry.Put, article.Id, article), cancel);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancel)
    {
        if (!store.Contains(id))
        {
            return false;
        }

        await WriteAsync(new JournalEntry(JournalEntry.Delete, id, null), cancel);
        return true;
    }

    /// <summary>Every replica rebuilds when the request reaches it in the stream; this one has queued its build when this returns.</summary>
    public async Task<bool> RequestRebuildAsync(Action<Exception> failed, CancellationToken cancel)
    {
        await WriteAsync(new JournalEntry(JournalEntry.Reindex, "*", null), cancel);
        return true;
    }

    private async Task WriteAsync(JournalEntry entry, CancellationToken cancel)
    {
        var sequence = await stream.PublishAsync(entry, cancel);
        progress.Advanced(sequence, stream.Connected);
        await progress.WaitAppliedAsync(sequence, _timeout, cancel);
    }
}
