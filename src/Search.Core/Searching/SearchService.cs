using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Articles;
using Search.Core.Diagnostics;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Lucene.Execution;
using Search.Lucene.Scoring;

namespace Search.Core.Searching;

/// <summary>
/// The search box: lenient parsing, BM25 with field boosts and proximity, filters, relevance or
/// newest order, facets over all matches, snippets, and a spelling retry when nothing matched.
/// Past <see cref="CountingOptions.ExactUpTo"/> matches a free-word or lone-phrase query (filtered or not) ranked by relevance stops counting
/// (total a lower bound, facets approximate) and skips what cannot reach its top hits; the hits stay exact.
/// </summary>
public sealed class SearchService
{
    private readonly IndexStore _store;
    private readonly Analyzer _analyzer = AnalyzerFactory.CreateIndexAnalyzer();
    private readonly LuceneQueryBuilder _queries;
    private readonly SnippetBuilder _snippets;
    private readonly SpellingCorrector _spelling = new();
    private readonly FacetOrdinals _sectionOrdinals = new(ArticleFields.SectionFacet, multiValued: false);
    private readonly FacetOrdinals _entityOrdinals = new(ArticleFields.EntityFacet, multiValued: true);

    private readonly ViewCache<SearchRequest, SearchResult> _cache;
    private readonly ReaderMemo<int, Article> _articles;
    private readonly int _exactUpTo;

    /// <param name="cacheEntries">
    /// Results kept per index view, keyed by the whole request (<see cref="CacheOptions.SearchResults"/>);
    /// 0, the default here as for RelatedFinder, computes every search: evaluations and benchmarks
    /// measure the engine; the service passes its configured size.
    /// </param>
    /// <param name="exactUpTo">Matches counted exactly before a query may stop counting (<see cref="CountingOptions.ExactUpTo"/>); 0 counts all.</param>
    /// <param name="storedArticles">Decoded hits kept per index view (<see cref="CacheOptions.StoredArticles"/>); 0, the default here, reads each.</param>
    public SearchService(IndexStore store, RankingOptions? ranking = null, int cacheEntries = 0, int exactUpTo = CountingOptions.DefaultExactUpTo, int storedArticles = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(storedArticles);
        _articles = new(storedArticles);
        ArgumentOutOfRangeException.ThrowIfNegative(exactUpTo);
        _exactUpTo = exactUpTo;
        _store = store;
        _queries = new LuceneQueryBuilder(_analyzer, ranking ?? RankingOptions.Default);
        _snippets = new SnippetBuilder();
        _cache = new(cacheEntries, "search");
    }

    /// <summary>
    /// Pages larger than this are computed every time: the search box asks for 10 or 20, and a bounded
    /// count of entries is only a bounded amount of memory while each entry is a page of that size.
    /// </summary>
    public const int MaxCachedPageSize = 20;

    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        using var activity = EngineTelemetry.Source.StartActivity("search");
        var computed = false;
        using var lease = _store.Acquire();
        var result = request.Size > MaxCachedPageSize
            ? Compute(lease.Searcher, request)
            : _cache.GetOrAdd(lease.ViewKey, request, () =>
            {
                computed = true;
                return Compute(lease.Searcher, request);
            })!;
        EngineTelemetry.Answered(EngineTelemetry.SearchDuration, started, cached: !computed && request.Size <= MaxCachedPageSize, activity);
        return result;
    }

    /// <summary>Computes a search on the given searcher, uncached (tests compare searchers of one reader).</summary>
    internal SearchResult Compute(IndexSearcher searcher, SearchRequest request)
    {
        IReadOnlyList<QueryPart> parts;
        using (EngineTelemetry.Stage("search", "parse"))
        {
            parts = UserQueryParser.Parse(request.Query);
        }

        string? didYouMean;
        using (EngineTelemetry.Stage("search", "spelling"))
        {
            didYouMean = parts.Count > 0 ? _spelling.Correct(searcher.IndexReader, parts) : null;
        }

        var result = Run(searcher, request, parts, didYouMean, corrected: false);
        if (result.Total == 0 && didYouMean is not null)
        {
            IReadOnlyList<QueryPart> correctedParts;
            using (EngineTelemetry.Stage("search", "parse"))
            {
                correctedParts = UserQueryParser.Parse(didYouMean);
            }

            var retry = Run(searcher, request, correctedParts, didYouMean, corrected: true);
            if (retry.Total > 0)
            {
                return retry;
            }
        }

        return result;
    }

    private SearchResult Run(IndexSearcher searcher, SearchRequest request, IReadOnlyList<QueryPart> parts, string? didYouMean, bool corrected)
    {
        var text = parts.Count == 0 ? null : _queries.Build(parts);
        var empty = new SearchResult(request.Query ?? "", 0, request.Page, request.Size, [], SearchFacets.Empty, didYouMean, corrected);
        if (parts.Count > 0 && text is null)
        {
            // Only punctuation was typed: nothing to match on.
            return empty;
        }

        var (counts, top, ranked, skipped) = Match(searcher, request, text);
        SearchFacets facets;
        using (EngineTelemetry.Stage("search", "facets"))
        {
            facets = MergeFacets(counts, request.FacetSize);
        }

        using var snippetStage = EngineTelemetry.Stage("search", "snippets");
        var page = ranked.Skip((request.Page - 1) * request.Size).Take(request.Size).ToArray();
        var highlightTerms = parts.Where(p => p.Mode != QueryPartMode.MustNot && !p.IsPhrase).SelectMany(p => _queries.TextTerms(p.Text)).Distinct().ToArray();
        var phrases = parts.Where(p => p.Mode != QueryPartMode.MustNot && p.IsPhrase).Select(p => (IReadOnlyList<string>)_queries.TextTerms(p.Text).ToArray()).ToArray();
        var hits = page.Select(scoreDoc =>
        {
            var article = _articles.GetOrAdd(searcher.IndexReader, scoreDoc.Doc, () => ArticleDocumentBuilder.ReadStoredArticle(searcher.Doc(scoreDoc.Doc, StoredSource)));
            var snippet = request.Snippets ? _snippets.Build(article, highlightTerms, phrases) : "";
            var score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score;
            return new SearchHit(article.Id, article.Title, article.Url, article.Section, article.Authors, article.PublishedAt, score, snippet);
        }).ToArray();

        // Stopped counting: at least this many, as Elasticsearch reports past track_total_hits.
        return skipped
            ? empty with { Total = _exactUpTo, TotalIsLowerBound = true, Hits = hits, Facets = facets, FacetsApproximate = request.FacetSize > 0 }
            : empty with { Total = top.TotalHits, Hits = hits, Facets = facets };
    }

    /// <summary>
    /// The matches' top hits, proximity-rescored when relevance orders them, each slice's facet counts, and whether
    /// counting stopped early (then the total and facets cover only the matches counted).
    /// </summary>
    private (FacetCollector?[] Counts, TopDocs Top, ScoreDoc[] Ranked, bool Skipped) Match(IndexSearcher searcher, SearchRequest request, TextQuery? text)
    {
        using var stage = EngineTelemetry.Stage("search", "query");
        var query = SearchFilters.Apply(text?.Match, request);
        var wanted = request.Page * request.Size;
        var sortByDate = request.Sort == SearchSort.Newest || text is null || text.Unranked;
        // Newest order uses the score only to break ties on the same instant: no proximity pass for that.
        var proximity = sortByDate ? null : text?.Proximity;
        var collect = proximity is null ? wanted : Math.Max(wanted, ProximityRescorer.Window);
        var sort = sortByDate ? new Sort(DateOrder.NewestFirst(), SortField.FIELD_SCORE) : null;
        // FacetSize 0 skips counting: facets cost in proportion to the matches, the top hits do not.
        FacetCollector? NewFacets() => request.FacetSize > 0 ? new FacetCollector(searcher.IndexReader, _sectionOrdinals, _entityOrdinals) : null;
        FacetCollector?[] counts;
        TopDocs top;
        var skipped = false;
        if (sort is null && _exactUpTo > 0 && query is Bm25Disjunction or Bm25Phrase or FilteredQuery { Query: Bm25Disjunction or Bm25Phrase })
        {
            // Only the free-word query (no +word) and the lone phrase, filtered or not, can bound their scores: each slice
            // counts its first matches exactly, then skips what cannot reach its top hits (Bm25Disjunction, Bm25Phrase).
            // Every slice keeps its own exact top `collect`, so the merge is the exhaustive one.
            var slices = SlicedSearch.Run(searcher, query, () => new BoundedTopScoreCollector<FacetCollector>(collect, _exactUpTo, NewFacets()));
            counts = slices.Select(s => s.Counted).ToArray();
            skipped = slices.Any(s => s.Skipped);
            top = SlicedSearch.Merge(null, collect, slices);
        }
        else
        {
            var slices = SlicedSearch.Run(searcher, query, () => new SliceCollector(
                sort is null
                    ? TopScoreDocCollector.Create(collect, docsScoredInOrder: false)
                    : TopFieldCollector.Create(sort, wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false),
                NewFacets()));
            counts = slices.Select(s => s.Facets).ToArray();
            top = SlicedSearch.Merge(sort, collect, slices.Select(s => s.Top).ToArray());
        }

        var ranked = top.ScoreDocs;
        if (proximity is not null)
        {
            ranked = ProximityRescorer.Rescore(searcher, proximity, ranked, wanted);
        }

        return (counts, top, ranked, skipped);
    }

    /// <summary>Facets are counted during the query's pass; here the slices' counts are merged and the top values picked.</summary>
    private static SearchFacets MergeFacets(FacetCollector?[] slices, int size)
    {
        using var facets = slices[0];
        foreach (var slice in slices.Skip(1))
        {
            using var sliceFacets = slice;
            facets?.Add(sliceFacets!);
        }

        return facets is null ? SearchFacets.Empty : FacetsOf(facets, size);
    }

    private static readonly ISet<string> StoredSource = new HashSet<string>(StringComparer.Ordinal) { ArticleFields.Source };

    /// <summary>One slice's top hits and, when asked for, its facet counts.</summary>
    private sealed class SliceCollector(ITopDocsCollector top, FacetCollector? facets) : ICollector
    {
        public ITopDocsCollector Top => top;

        public FacetCollector? Facets => facets;

        public bool AcceptsDocsOutOfOrder => top.AcceptsDocsOutOfOrder && (facets?.AcceptsDocsOutOfOrder ?? true);

        public void SetScorer(Scorer scorer)
        {
            top.SetScorer(scorer);
            facets?.SetScorer(scorer);
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            top.SetNextReader(context);
            facets?.SetNextReader(context);
        }

        public void Collect(int doc)
        {
            top.Collect(doc);
            facets?.Collect(doc);
        }
    }

    private static SearchFacets FacetsOf(FacetCollector facets, int size) => new(
        facets.TopSections(size).Select(f => new FacetValue(f.Value, f.Value, f.Count)).ToArray(),
        facets.TopEntities(size).Select(f =>
        {
            var (id, name) = EntityFacetValue.Parse(f.Value);
            return new FacetValue(id, name, f.Count);
        }).ToArray());
}
