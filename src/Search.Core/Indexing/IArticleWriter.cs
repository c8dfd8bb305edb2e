using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>
/// Where the API's writes go: on a single node straight into this node's journal and index
/// (<see cref="LocalArticleWriter"/>); in replicated mode into the shared stream, every replica applying it.
/// Either way a call returns once the write is durable and searchable on this node.
/// </summary>
public interface IArticleWriter
{
    /// <summary>Inserts or replaces one article.</summary>
    Task PutAsync(Article article, CancellationToken cancel);

    /// <summary>Deletes one article by id; false when no article with the id is served here.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancel);

    /// <summary>
    /// Asks for a full rebuild from the corpus plus the writes (on every replica in replicated mode) and returns at once:
    /// true when a new build was queued, false when the request joined one still waiting to start.
    /// <paramref name="failed"/> hears of a build that throws.
    /// </summary>
    Task<bool> RequestRebuildAsync(Action<Exception> failed, CancellationToken cancel);
}
