using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Benchmarks.Peers;

/// <summary>
/// Our <see cref="SearchService"/> on an index <c>peers index --engine ours</c> built, with the API's default request
/// (10 hits, section and entity facets, snippets, did-you-mean) and no result cache, so every execution is computed;
/// without facets and snippets what is left is the engine's query path alone (the profile's split of a request).
/// </summary>
internal sealed class OurPeer : IDisposable
{
    private readonly IndexStore _store;
    private readonly SearchService _search;
    private readonly bool _facets;
    private readonly bool _snippets;

    /// <param name="facets">Count section and entity facets (the API default).</param>
    /// <param name="snippets">Build highlighted snippets (the API default).</param>
    /// <param name="exactUpTo">Matches counted exactly before a query may stop counting (the service's default; 0 counts all).</param>
    /// <param name="slices">Slices a query is split into (<see cref="SlicingOptions.Slices"/>): 1 searches on the calling thread alone, as the peers do; 0, as shipped, one per spare core.</param>
    public OurPeer(string path, bool facets = true, bool snippets = true, int exactUpTo = CountingOptions.DefaultExactUpTo, int slices = 1)
    {
        _store = new IndexStore(
            Microsoft.Extensions.Options.Options.Create(new IndexingOptions { IndexPath = Path.GetFullPath(path) }),
            new ArticleDocumentBuilder(EntityExtractor.Default.Extract),
            NullLogger<IndexStore>.Instance,
            new SlicingOptions { Slices = slices });
        _ = _store.OpenExisting() ?? throw new InvalidOperationException($"no index in {path}: run peers index --engine ours first");
        // An index over 256 MB is checksummed in the background once served: not beside the timed searches.
        _store.BackgroundVerification.Wait();
        _search = new SearchService(_store, exactUpTo: exactUpTo);
        _facets = facets;
        _snippets = snippets;
    }

    /// <summary>Runs one query as the search box sends it; returns its total.</summary>
    public long Search(string query) => _search.Search(new SearchRequest
    {
        Query = query,
        FacetSize = _facets ? new SearchRequest().FacetSize : 0,
        Snippets = _snippets,
    }).Total;

    public void Dispose() => _store.Dispose();
}
