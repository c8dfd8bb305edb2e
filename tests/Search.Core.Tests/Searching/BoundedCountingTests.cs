using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Tests.Support;
using Search.Lucene.Execution;
using Search.Lucene.Scoring;
using Search.Synthetic;

namespace Search.Core.Tests.Searching;

/// <summary>
/// Counting stops past <see cref="CountingOptions.ExactUpTo"/> matches, and the page must not notice: every page's
/// hits (ids, order, scores) are those of the exhaustive search, on one slice or several, for free words, exclusions,
/// phrases, filters and newest-first; the total is exact up to the limit and "at least the limit" past it; facets
/// are exact up to the limit and marked approximate past it.
/// </summary>
public sealed class BoundedCountingTests : IClassFixture<BoundedCountingTests.Indexes>
{
    private readonly Indexes _indexes;

    public BoundedCountingTests(Indexes indexes) => _indexes = indexes;

    /// <summary>Many small segments with deleted documents, and a few segments of several 2,048-document windows each.</summary>
    public sealed class Indexes : IDisposable
    {
        public SlicedSearchTests.EditedIndex Edited { get; } = new();

        public TempIndex Large { get; } = new(new NewsroomGenerator(23).Generate(7_000), configure: o => o.RamBufferMb = 64);

        public IndexStore Store(bool large) => large ? Large.Store : Edited.Store;

        public void Dispose()
        {
            Edited.Dispose();
            Large.Dispose();
        }
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(false, 40)]
    [InlineData(false, 300)]
    [InlineData(true, 1)]
    [InlineData(true, 2_500)]
    public void Every_page_equals_the_exhaustive_search_and_only_the_count_is_bounded(bool large, int exactUpTo)
    {
        var store = _indexes.Store(large);
        using var lease = store.Acquire();
        var exhaustive = new SearchService(store, exactUpTo: 0);
        var bounded = new SearchService(store, exactUpTo: exactUpTo);
        var lowerBounds = 0;
        var filteredBounds = 0;
        var exactOverLimit = 0;
        foreach (var searcher in new[] { SlicedSearchTests.Whole(lease), SlicedSearchTests.Split(lease) })
        {
            foreach (var request in Requests())
            {
                var expected = exhaustive.Compute(searcher, request);
                var got = bounded.Compute(searcher, request);
                var context = $"{Json(request)} with {exactUpTo}";
                Assert.False(expected.TotalIsLowerBound);
                Assert.True(Hits(expected) == Hits(got), $"{context}: hits differ\nexpected {Hits(expected)}\ngot {Hits(got)}");
                Assert.Equal(expected.DidYouMean, got.DidYouMean);
                if (got.TotalIsLowerBound)
                {
                    lowerBounds++;
                    Assert.True(expected.Total > exactUpTo, $"{context}: only {expected.Total} matches, yet the total was bounded");
                    Assert.Equal(exactUpTo, got.Total);
                    Assert.Equal(request.FacetSize > 0, got.FacetsApproximate);
                    Assert.Equal(SearchSort.Relevance, request.Sort);
                    filteredBounds += request.Section is null ? 0 : 1;
                }
                else
                {
                    // Not bounded: the whole answer is the exhaustive one, facets included.
                    Assert.Equal(Json(expected), Json(got));
                    exactOverLimit += expected.Total > exactUpTo ? 1 : 0;
                }
            }
        }

        // The bounded path was taken (broad free-word queries), and the shapes it leaves alone stayed exact past the limit.
        Assert.True(lowerBounds >= 20, $"only {lowerBounds} totals were bounded");
        if (exactUpTo <= 40)
        {
            // Section-filtered searches past the limit are bounded too.
            Assert.True(filteredBounds >= 3, $"only {filteredBounds} filtered totals were bounded");
        }
        Assert.True(exactOverLimit >= 10, $"only {exactOverLimit} exhaustive answers past the limit");
    }

    [Fact]
    public void Totals_and_facets_up_to_the_limit_are_exact_and_past_it_a_lower_bound()
    {
        var store = _indexes.Edited.Store;
        using var lease = store.Acquire();
        var searcher = SlicedSearchTests.Whole(lease);
        var exhaustive = new SearchService(store, exactUpTo: 0);
        var request = new SearchRequest { Query = "government officials", FacetSize = 20 };
        var all = exhaustive.Compute(searcher, request);
        Assert.True(all.Total > 300, $"{all.Total} matches");

        // A limit at the exact total, or above it, never bounds anything.
        foreach (var limit in new[] { all.Total, all.Total + 1, 10_000 })
        {
            var exact = new SearchService(store, exactUpTo: limit).Compute(searcher, request);
            Assert.Equal(Json(all), Json(exact));
        }

        var below = new SearchService(store, exactUpTo: 100).Compute(searcher, request);
        Assert.True(below.TotalIsLowerBound);
        Assert.True(below.FacetsApproximate);
        Assert.Equal(100, below.Total);
        Assert.Equal(Hits(all), Hits(below));
        // Facets counted over the matches seen so far: never more than the exhaustive count, and at least the limit in all.
        Assert.All(below.Facets.Section, f => Assert.InRange(f.Count, 1, all.Facets.Section.Single(a => a.Value == f.Value).Count));
        Assert.InRange(below.Facets.Section.Sum(f => f.Count), 100, all.Total - 1);
    }

    [Theory]
    [InlineData("government")]
    [InlineData("officials said")]
    [InlineData("\"prime minister\"")]
    public void A_filtered_search_keeps_to_its_filter_and_scores_each_match_as_the_unfiltered_search(string typed)
    {
        using var lease = _indexes.Large.Store.Acquire();
        var searcher = SlicedSearchTests.Whole(lease);
        var text = new LuceneQueryBuilder(AnalyzerFactory.CreateIndexAnalyzer(), RankingOptions.Default).Build(UserQueryParser.Parse(typed))!.Match;
        Assert.True(text is Bm25Disjunction or Bm25Phrase);
        var everywhere = SlicedSearch.Top(searcher, text, 100_000).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        var business = SlicedSearch.Top(searcher, new TermQuery(new Term(ArticleFields.Section, "business")), 100_000).ScoreDocs.Select(d => d.Doc).ToHashSet();

        var filtered = SlicedSearch.Top(searcher, SearchFilters.Apply(text, new SearchRequest { Section = "business" }), 100_000);

        Assert.Equal(everywhere.Keys.Count(business.Contains), filtered.TotalHits);
        Assert.True(filtered.TotalHits > 20, $"{filtered.TotalHits} matches");
        Assert.All(filtered.ScoreDocs, d =>
        {
            Assert.Contains(d.Doc, business);
            Assert.Equal(everywhere[d.Doc], d.Score);
        });
    }

    [Theory]
    [InlineData(false, 1, 100)]
    [InlineData(false, 50, 100)]
    [InlineData(false, 200, 10)]
    [InlineData(false, 1, 1_000)]
    [InlineData(true, 1, 10)]
    [InlineData(true, 1, 100)]
    [InlineData(true, 1_000, 10)]
    [InlineData(true, 500, 1_000)]
    public void The_skipping_scorer_collects_fewer_documents_and_keeps_the_exact_top_hits(bool large, int countLimit, int numHits)
    {
        using var lease = _indexes.Store(large).Acquire();
        var terms = new[] { "govern", "offici", "said", "minist" };
        var clauses = terms.SelectMany(t => new[]
        {
            (new Term(ArticleFields.Text, t), (TermContext?)null, 1f),
            (new Term(ArticleFields.Title, t), (TermContext?)null, 0.25f),
            (new Term(ArticleFields.EntityNames, t), (TermContext?)null, 0.3f),
        }).ToArray();
        var query = new Bm25Disjunction(clauses, [new Term(ArticleFields.Text, "court")]);
        foreach (var searcher in new[] { SlicedSearchTests.Whole(lease), SlicedSearchTests.Split(lease) })
        {
            var expected = SlicedSearch.Top(searcher, query.ToBooleanQuery(), numHits);
            Assert.True(expected.TotalHits > (countLimit * 2) + 100, $"{expected.TotalHits} matches");
            var collectors = SlicedSearch.Run(searcher, query, () => new CallCounter(new BoundedTopScoreCollector<ICollector>(numHits, countLimit, null)));
            var got = SlicedSearch.Merge(null, numHits, collectors.Select(c => c.Inner).ToArray());

            Assert.Equal(Hits(expected.ScoreDocs), Hits(got.ScoreDocs));
            if (large || searcher.Slices.Length == 1)
            {
                // (The small index split in three puts its one large segment, a single window, alone in a slice.)
                Assert.Contains(collectors, c => c.Inner.Skipped);
            }

            if (collectors.Any(c => c.Inner.Skipped))
            {
                Assert.InRange(got.TotalHits, countLimit, expected.TotalHits - 1);
            }
            else
            {
                Assert.Equal(expected.TotalHits, got.TotalHits);
            }

            if (large && numHits <= 100)
            {
                // Fewer documents reached the collector than match: the others were skipped, not scored.
                Assert.True(collectors.Sum(c => c.Calls) < expected.TotalHits * 0.9, $"{collectors.Sum(c => c.Calls)} collected of {expected.TotalHits}");
            }
        }
    }

    /// <summary>Free words (bounded when broad), exclusions, phrases, +words, filters, newest-first, several pages.</summary>
    private static IEnumerable<SearchRequest> Requests()
    {
        var random = new Random(17);
        var words = new NewsroomGenerator(11).Generate(300)
            .SelectMany(a => a.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string(w.Where(char.IsLetter).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 3)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var queries = new List<string> { "government", "officials said", "minister court bank", "oil prices -bank", "government -minister -court", "said" };
        for (var i = 0; i < 30; i++)
        {
            queries.Add(string.Join(' ', Enumerable.Range(0, 1 + random.Next(4)).Select(_ => words[random.Next(words.Length)])));
        }

        queries.AddRange(["\"prime minister\" government", "\"officials said\"", "\"prime minister\"", "+government officials", "minister OR court", "govern*"]);
        foreach (var query in queries)
        {
            yield return new SearchRequest { Query = query, FacetSize = 20 };
            yield return new SearchRequest { Query = query, Page = 2, Size = 7 };
            yield return new SearchRequest { Query = query, Page = 12, Size = 20, FacetSize = 0, Snippets = false };
            yield return new SearchRequest { Query = query, Sort = SearchSort.Newest };
            yield return new SearchRequest { Query = query, Section = "business" };
        }
    }

    private static string Hits(SearchResult result) =>
        string.Join(", ", result.Hits.Select(h => $"{h.Id}:{h.Score:R}"));

    private static string Hits(ScoreDoc[] docs) => string.Join(", ", docs.Select(d => $"{d.Doc}:{d.Score:R}"));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    /// <summary>Counts the documents a scorer hands over, passing everything on (a skipping scorer sees the inner collector's answers).</summary>
    internal sealed class CallCounter(BoundedTopScoreCollector<ICollector> inner) : ISkippingCollector
    {
        public BoundedTopScoreCollector<ICollector> Inner => inner;

        public int Calls { get; private set; }

        public bool CountingDone => inner.CountingDone;

        public float MinCompetitiveScore => inner.MinCompetitiveScore;

        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

        public void StartSkipping() => inner.StartSkipping();

        public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

        public void SetNextReader(AtomicReaderContext context) => inner.SetNextReader(context);

        public void Collect(int doc)
        {
            Calls++;
            inner.Collect(doc);
        }
    }
}
