using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Analytics;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Analytics;

public sealed class PopularQueriesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Only_queries_searched_often_that_found_something_are_offered_most_searched_first()
    {
        using var store = new AnalyticsStore(Path.Combine(_folder, "analytics.db"), 1_000, new ListLogger());
        var now = DateTimeOffset.UtcNow;
        store.Write([
            .. Searches("kazakhstan elections", 5, total: 4, now),
            .. Searches("kazakhstan", 9, total: 4, now),
            .. Searches("kazakh steppe fires", 3, total: 2, now),
            .. Searches("kazakh oligarch name", 2, total: 1, now),      // too few searches: maybe one person's own search
            .. Searches("kazakstan tokayev", 7, total: 0, now),         // finds nothing: no completion to offer
            .. Searches("kazakh wheat", 4, total: 3, now.AddDays(-200)), // past retention
        ]);
        var popular = new PopularQueries(
            new AnalyticsReader(store),
            Options.Create(new AnalyticsOptions { SuggestMinSearches = 3, RetentionDays = 90 }),
            TimeProvider.System,
            NullLogger<PopularQueries>.Instance);

        popular.Refresh(force: true);

        Assert.Equal(["kazakhstan", "kazakhstan elections", "kazakh steppe fires"], popular.StartingWith("Kaz", 10));
        Assert.Equal(["kazakhstan elections"], popular.StartingWith("KAZAKHSTAN ", 10));
        Assert.Equal(["kazakhstan"], popular.StartingWith("kaz", 1));
        Assert.Empty(popular.StartingWith("kazakhstan elections", 10));
        Assert.Empty(popular.StartingWith("", 10));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static IEnumerable<AnalyticsEvent> Searches(string query, int times, int total, DateTimeOffset at) =>
        Enumerable.Range(0, times).Select(_ => new AnalyticsEvent { Kind = EventKinds.Search, At = at, Query = query, Filters = "", Total = total, Position = 1, Shown = Math.Min(total, 10) });
}
