using Search.Core.Articles;
using Search.Core.Searching;
using Search.Core.Tests.Support;

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
