using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Benchmarks.Peers;

/// <summary>
/// Our <see cref="SearchService"/> on an index <c>peers index --engine ours</c> built, with the API's default request
/// (10 hits, section and entity facets, snippets, did-you-mean) and no result cache, so every execution is computed;
/// <c>bare</c> drops facets and snippets (what is left is the engine's query path alone).
/// </summary>
internal sealed class OurPeer : IDisposable
{
    private readonly IndexStore _store;
    private readonly SearchService _search;
    private readonly bool _bare;

    public OurPeer(string path, bool bare)
    {
        _store = new IndexStore(
            Microsoft.Extensions.Options.Options.Create(new IndexingOptions { IndexPath = Path.GetFullPath(path) }),
            new ArticleDocumentBuilder(EntityExtractor.Default.Extract),
            NullLogger<IndexStore>.Instance);
        _ = _store.OpenExisting() ?? throw new InvalidOperationException($"no index in {path}: run peers index --engine ours first");
        _search = new SearchService(_store);
        _bare = bare;
    }

    /// <summary>Runs one query as the search box sends it; returns its total.</summary>
    public long Search(string query) => _search.Search(_bare
        ? new SearchRequest { Query = query, FacetSize = 0, Snippets = false }
        : new SearchRequest { Query = query }).Total;

    public void Dispose() => _store.Dispose();
}
