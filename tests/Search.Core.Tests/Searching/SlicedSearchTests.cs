using System.Text.Json;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Searching;
using Search.Core.Tests.Support;
using Search.Lucene.Execution;
using Search.Synthetic;

namespace Search.Core.Tests.Searching;

/// <summary>
/// A query split across cores (<see cref="SlicedSearch"/>) must answer exactly what one pass over all
/// segments answers: the same hits in the same order with the same scores, totals, facets and related lists.
/// </summary>
public sealed class SlicedSearchTests : IClassFixture<SlicedSearchTests.EditedIndex>
{
    private static readonly string[] Queries =
    [
        "government", "officials said", "\"prime minister\"", "oil prices -bank", "minister OR court",
        "elecshun", "the", "", "france", "central bank interest rates inflation growth",
    ];

    private readonly EditedIndex _index;

    public SlicedSearchTests(EditedIndex index) => _index = index;

    [Fact]
    public void The_index_has_segments_to_split_and_the_shipped_searcher_keeps_a_small_index_whole()
    {
        using var lease = _index.Store.Acquire();
        Assert.True(lease.Searcher.IndexReader.Leaves.Count >= 3, $"only {lease.Searcher.IndexReader.Leaves.Count} segments");
        Assert.True(lease.Searcher.IndexReader.MaxDoc > lease.Searcher.IndexReader.NumDocs, "the edits should leave deleted documents behind");
        Assert.Single(((SlicingSearcher)lease.Searcher).Slices);
        Assert.True(Split(lease).Slices.Length >= 2);
    }

    [Fact]
    public void Searches_in_every_order_page_and_filter_equal_those_of_one_slice()
    {
        using var lease = _index.Store.Acquire();
        var search = new SearchService(_index.Store);
        var split = Split(lease);
        var whole = Whole(lease);
        foreach (var request in Requests())
        {
            Assert.Equal(Json(search.Compute(whole, request)), Json(search.Compute(split, request)));
        }

        Assert.True(search.Compute(whole, new SearchRequest { Query = "government" }).Total > 100, "the broad query should match across segments");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Concurrent_split_searches_all_get_the_one_slice_answer(bool spareCoresOnly)
    {
        using var lease = _index.Store.Acquire();
        var search = new SearchService(_index.Store);
        // spareCoresOnly false: every query hands its slices out with all cores busy, so the hand-over is
        // under load; true (as shipped): busy callers run their slices themselves.
        var split = Searcher(lease, new SliceOptions(MinDocs: 0, Slices: 3, SpareCoresOnly: spareCoresOnly));
        var requests = Requests().ToArray();
        var expected = requests.Select(r => Json(search.Compute(Whole(lease), r))).ToArray();

        var mismatches = 0;
        string? first = null;
        Parallel.For(0, requests.Length * 6, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var got = Json(search.Compute(split, requests[i % requests.Length]));
            if (got != expected[i % requests.Length])
            {
                Interlocked.Increment(ref mismatches);
                Interlocked.CompareExchange(ref first, $"{Json(requests[i % requests.Length])}\nexpected {expected[i % requests.Length]}\ngot {got}", null);
            }
        });

        Assert.True(mismatches == 0, $"{mismatches} differed; the first: {first}");
    }

    [Fact]
    public void Slices_are_contiguous_balanced_and_only_made_for_large_indexes()
    {
        using var lease = _index.Store.Acquire();
        var reader = lease.Searcher.IndexReader;
        var leaves = reader.Leaves;

        var two = SlicingSearcher.Split(leaves, reader.MaxDoc, new SliceOptions(MinDocs: 0, Slices: 2));
        Assert.Equal(2, two.Length);
        Assert.Equal(leaves.Select(l => l.Ord), two.SelectMany(s => s).Select(l => l.Ord));
        var largestLeaf = leaves.Max(l => l.AtomicReader.MaxDoc);
        Assert.All(two, slice => Assert.InRange(slice.Sum(l => l.AtomicReader.MaxDoc), 1, (reader.MaxDoc / 2) + largestLeaf));

        var many = SlicingSearcher.Split(leaves, reader.MaxDoc, new SliceOptions(MinDocs: 0, Slices: 64));
        Assert.Equal(leaves.Count, many.Length);

        Assert.Single(SlicingSearcher.Split(leaves, reader.MaxDoc, new SliceOptions(MinDocs: reader.MaxDoc + 1, Slices: 2)));
        Assert.Single(SlicingSearcher.Split(leaves, reader.MaxDoc, new SliceOptions(MinDocs: 0, Slices: 1)));
    }

    internal static SlicingSearcher Split(SearcherLease lease) => Searcher(lease, new SliceOptions(MinDocs: 0, Slices: 3, SpareCoresOnly: false));

    internal static SlicingSearcher Whole(SearcherLease lease) => Searcher(lease, new SliceOptions(MinDocs: 0, Slices: 1));

    private static SlicingSearcher Searcher(SearcherLease lease, SliceOptions options) =>
        new(lease.Searcher.IndexReader, options) { Similarity = lease.Searcher.Similarity };

    private static IEnumerable<SearchRequest> Requests()
    {
        foreach (var query in Queries)
        {
            yield return new SearchRequest { Query = query, FacetSize = 20 };
            yield return new SearchRequest { Query = query, Sort = SearchSort.Newest, Page = 2, Size = 7 };
            yield return new SearchRequest { Query = query, Page = 3, Size = 20, FacetSize = 0, Snippets = false };
            yield return new SearchRequest { Query = query, Section = "business", From = NewsroomGenerator.WindowStart.AddYears(3) };
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    /// <summary>Synthetic articles indexed in several flushes, then edited through the API (small segments, deleted documents).</summary>
    public sealed class EditedIndex : IDisposable
    {
        private readonly TempIndex _index;

        public EditedIndex()
        {
            var articles = new NewsroomGenerator(11).Generate(1_500).ToArray();
            _index = new TempIndex(articles.Take(1_200), configure: o => o.RamBufferMb = 2);
            foreach (var article in articles.Skip(1_200).Concat(articles.Skip(300).Take(40).Select(a => a with { Title = a.Title + " (updated)" })))
            {
                _index.Store.Upsert(article);
            }
        }

        public IndexStore Store => _index.Store;

        public void Dispose() => _index.Dispose();
    }
}
