using Lucene.Net.Search;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Tests.Support;
using Search.Lucene.Scoring;

namespace Search.Core.Tests.Searching;

public sealed class ProximityRescorerTests
{
    [Fact]
    public void Words_next_to_each_other_rank_above_the_same_words_far_apart()
    {
        var apart = Story("apart", "The harvest failed. " + Filler(40) + " Prices for oil rose.");
        var near = Story("near", "The harvest failed. " + Filler(40) + " The oil price rose.");
        using var index = new TempIndex([apart, near, .. Noise(20)]);

        var hits = new SearchService(index.Store).Search(new SearchRequest { Query = "oil price" }).Hits;

        Assert.Equal(["near", "apart"], hits.Select(h => h.Id).Take(2));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Pages_across_the_rescore_window_neither_overlap_nor_skip()
    {
        // More matches than the window, half with the words together: page 10 ends the window, page 11 starts after it.
        var stories = Enumerable.Range(0, ProximityRescorer.Window + 40)
            .Select(i => Story($"s{i:000}", i % 2 == 0 ? $"Story {i}: the oil price moved. {Filler(i % 7)}" : $"Story {i}: oil output rose while the price held. {Filler(i % 5)}"))
            .ToList();
        using var index = new TempIndex(stories);
        var search = new SearchService(index.Store);

        var seen = new List<string>();
        for (var page = 1; page <= 14; page++)
        {
            var result = search.Search(new SearchRequest { Query = "oil price", Page = page, Size = 10, FacetSize = 0 });
            Assert.Equal(stories.Count, result.Total);
            seen.AddRange(result.Hits.Select(h => h.Id));
        }

        Assert.Equal(stories.Count, seen.Count);
        Assert.Equal(stories.Count, seen.Distinct().Count());
    }

    private static Article Story(string id, string body) => new() { Id = id, Title = $"Report {id}", Body = body, Section = "Business" };

    private static IEnumerable<Article> Noise(int count) =>
        Enumerable.Range(0, count).Select(i => Story($"noise-{i}", $"Weather report {i}: rain over the hills. {Filler(i % 9)}"));

    private static string Filler(int words) => string.Join(' ', Enumerable.Range(0, words).Select(i => $"word{i}"));
}

/// <summary>
/// Rescoring only what can reach the page gives the page that rescoring the whole window gives: the same hits in the
/// same order with the same scores, for every page inside the window and the first past it.
/// </summary>
public sealed class ProximityEarlyStopTests : IClassFixture<BoundedCountingTests.Indexes>
{
    private readonly BoundedCountingTests.Indexes _indexes;

    public ProximityEarlyStopTests(BoundedCountingTests.Indexes indexes) => _indexes = indexes;

    private static readonly string[] Queries = ["government officials", "minister said on", "police said the court", "oil price", "new company report"];

    public static TheoryData<string> Typed => new(Queries);

    [Theory]
    [MemberData(nameof(Typed))]
    public void Every_page_inside_the_window_and_the_first_past_it_is_the_whole_windows(string typed)
    {
        using var lease = _indexes.Large.Store.Acquire();
        var (searcher, proximity, ranked) = FirstPass(lease, typed);
        var whole = WholeWindow(searcher, proximity, ranked);
        foreach (var wanted in new[] { 1, 10, 20, 50, 99, 100, 110 })
        {
            var got = ProximityRescorer.Rescore(searcher, proximity, ranked, wanted, out var rescored);
            Assert.Equal(ranked.Length, got.Length);
            Assert.Equal(Page(whole, wanted), Page(got, wanted));
            Assert.InRange(rescored, Math.Min(wanted, ProximityRescorer.Window), ProximityRescorer.Window);
        }
    }

    [Fact]
    public void A_first_page_mostly_rescores_only_the_matches_its_bonus_could_lift_onto_it()
    {
        using var lease = _indexes.Large.Store.Acquire();
        var rescoredForTen = Queries.Select(typed =>
        {
            var (searcher, proximity, ranked) = FirstPass(lease, typed);
            ProximityRescorer.Rescore(searcher, proximity, ranked, 10, out var rescored);
            return rescored;
        }).ToArray();

        // Three common words: the bonus can be as large as the spread of the window's scores, and then all of it is read
        // ("new company report", "minister said on": 100 of 100); for the others a few more than the page (10, 11, 28).
        Assert.True(rescoredForTen.Count(r => r <= ProximityRescorer.Window / 2) >= 3, string.Join(", ", rescoredForTen));
    }

    private static (IndexSearcher Searcher, Query Proximity, ScoreDoc[] Ranked) FirstPass(SearcherLease lease, string typed)
    {
        var text = new LuceneQueryBuilder(AnalyzerFactory.CreateIndexAnalyzer(), RankingOptions.Default).Build(UserQueryParser.Parse(typed))!;
        Assert.NotNull(text.Proximity);
        var ranked = lease.Searcher.Search(text.Match, ProximityRescorer.Window + 20).ScoreDocs;
        Assert.Equal(ProximityRescorer.Window + 20, ranked.Length);
        return (lease.Searcher, text.Proximity!, ranked);
    }

    /// <summary>The whole window rescored by a search filtered to it, as before the early stop.</summary>
    private static ScoreDoc[] WholeWindow(IndexSearcher searcher, Query proximity, ScoreDoc[] ranked)
    {
        var window = ranked.Take(ProximityRescorer.Window).ToArray();
        var bonus = new Dictionary<int, float>();
        var filter = new DocSetFilter(window.Select(d => d.Doc));
        var hits = searcher.Search(new FilteredQuery(proximity, filter, FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY), window.Length).ScoreDocs;
        foreach (var hit in hits)
        {
            bonus[hit.Doc] = hit.Score;
        }

        return window.Select(d => new ScoreDoc(d.Doc, d.Score + bonus.GetValueOrDefault(d.Doc)))
            .OrderByDescending(d => d.Score).ThenBy(d => d.Doc)
            .Concat(ranked.Skip(ProximityRescorer.Window))
            .ToArray();
    }

    private static string Page(ScoreDoc[] docs, int wanted) => string.Join(", ", docs.Take(wanted).Select(d => $"{d.Doc}:{d.Score:R}"));
}
