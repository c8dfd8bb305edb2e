using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>A single node's writes: journaled and applied by the index owner, rebuilds by the corpus indexer.</summary>
public sealed class LocalArticleWriter(IndexStore store, CorpusIndexer indexer) : IArticleWriter
{
    public Task PutAsync(Article article, CancellationToken cancel)
    {
        store.Upsert(article);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancel) => Task.FromResult(store.Delete(id));

    public Task<bool> RequestRebuildAsync(Action<Exception> failed, CancellationToken cancel) => Task.FromResult(indexer.RequestRebuild(failed));
}
