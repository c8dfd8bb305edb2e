using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Analytics;
using Search.Core.Searching;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Analytics;

public sealed class AnalyticsWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_writer_stores_what_searches_queue_prunes_past_retention_and_writes_the_rest_when_stopped()
    {
        var options = Options.Create(new AnalyticsOptions { RetentionDays = 30, PruneIntervalMinutes = 60, SuggestRefreshSeconds = 0, SuggestMinSearches = 1 });
        using var store = new AnalyticsStore(Path.Combine(_folder, "analytics.db"), 1_000, new ListLogger());
        store.Write([new AnalyticsEvent { Kind = EventKinds.Search, At = DateTimeOffset.UtcNow.AddDays(-31), Query = "stale", Total = 1, Position = 1, Shown = 1 }]);
        var recorder = new AnalyticsRecorder(options, TimeProvider.System);
        var popular = new PopularQueries(new AnalyticsReader(store), options, TimeProvider.System, NullLogger<PopularQueries>.Instance);
        var writer = new AnalyticsWriter(recorder, new LocalAnalyticsSink(store), store, popular, options, NullLogger<AnalyticsWriter>.Instance);
        using var stop = new CancellationTokenSource();
        var running = writer.RunAsync(stop.Token);

        recorder.RecordSearch(new SearchRequest { Query = "Putin" }, new SearchResult("Putin", 3, 1, 10, [], SearchFacets.Empty, null, false));
        // Popular queries are read from the store, so "putin" there means it was written (and the stale row pruned first).
        for (var i = 0; i < 100 && popular.StartingWith("pu", 5).Count == 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(["putin"], popular.StartingWith("pu", 5));
        Assert.Equal(1, store.Rows);
        await stop.CancelAsync();
        await running;

        // What is still queued when the writer is stopped is written, not lost: a run that starts stopped only drains.
        recorder.RecordSearch(new SearchRequest { Query = "late" }, new SearchResult("late", 1, 1, 10, [], SearchFacets.Empty, null, false));
        await writer.RunAsync(new CancellationToken(canceled: true));

        Assert.Equal(2, store.Rows);
        Assert.Equal(["late", "putin"], new AnalyticsReader(store).Report(DateTimeOffset.UtcNow.AddDays(-60), DateTimeOffset.UtcNow.AddMinutes(1), 10).TopQueries.Select(q => q.Query));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
