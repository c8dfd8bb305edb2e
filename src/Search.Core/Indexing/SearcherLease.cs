using Lucene.Net.Search;

namespace Search.Core.Indexing;

/// <summary>
/// A searcher borrowed from the served generation; dispose it to give it back. Holding a lease keeps
/// that point-in-time view (and its files) alive even if a rebuild swaps in a new generation meanwhile.
/// </summary>
public sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;
    private IndexSearcher? _searcher;

    internal SearcherLease(SearcherManager manager, IndexSearcher searcher, string generation)
    {
        _manager = manager;
        _searcher = searcher;
        Generation = generation;
    }

    public IndexSearcher Searcher => _searcher ?? throw new ObjectDisposedException(nameof(SearcherLease));

    /// <summary>The served generation folder plus the reader version: changes whenever what a search sees changes (cache key).</summary>
    public string Generation { get; }

    public string ViewKey => $"{Generation}:{((global::Lucene.Net.Index.DirectoryReader)Searcher.IndexReader).Version}";

    public void Dispose()
    {
        var searcher = Interlocked.Exchange(ref _searcher, null);
        if (searcher is not null)
        {
            _manager.Release(searcher);
        }
    }
}
