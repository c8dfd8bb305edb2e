using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using Search.Core.Analytics;
using Search.Core.Diagnostics;
using Search.Core.Searching;

namespace Search.Core.Tests.Analytics;

public sealed class AnalyticsRecorderTests
{
    [Fact]
    public void A_full_queue_drops_and_counts_at_once_instead_of_waiting_for_the_writer()
    {
        var recorder = Recorder(capacity: 2);
        long counted = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == EngineTelemetry.Name && instrument.Name == "search.engine.analytics.events")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "outcome", Value: "queue_full" })
                {
                    Interlocked.Add(ref counted, value);
                }
            }
        });
        listener.Start();

        // Nobody reads the queue: with a waiting writer this loop would never finish.
        var clock = Stopwatch.StartNew();
        var accepted = Enumerable.Range(0, 1_000).Count(i => recorder.RecordSearch(new SearchRequest { Query = "q" + i }, Result(3)));
        clock.Stop();

        Assert.Equal(2, accepted);
        Assert.Equal(998, recorder.Dropped);
        Assert.True(Interlocked.Read(ref counted) >= 998, $"counter saw {counted}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"recording took {clock.Elapsed}");
    }

    [Fact]
    public void A_search_is_queued_normalised_with_its_filters_total_and_shown_positions()
    {
        var recorder = Recorder(capacity: 10);
        var request = new SearchRequest { Query = "  Vladimir   PUTIN ", Section = "Analysis", Sort = SearchSort.Newest, Page = 2, Size = 10 };

        recorder.RecordSearch(request, Result(total: 0, page: 2));

        Assert.True(recorder.Queue.TryRead(out var recorded));
        Assert.Equal(EventKinds.Search, recorded!.Kind);
        Assert.Equal("vladimir putin", recorded.Query);
        Assert.Equal("section=Analysis&sort=newest", recorded.Filters);
        Assert.Equal((0, 11, 0), (recorded.Total, recorded.Position, recorded.Shown));
    }

    [Fact]
    public void A_search_answered_only_by_its_spelling_correction_counts_as_finding_nothing()
    {
        var recorder = Recorder(capacity: 10);

        recorder.RecordSearch(new SearchRequest { Query = "kazakstan" }, new SearchResult("kazakstan", 4, 1, 10, [], SearchFacets.Empty, "kazakhstan", Corrected: true));

        Assert.True(recorder.Queue.TryRead(out var recorded));
        Assert.Equal(0, recorded!.Total);
    }

    [Fact]
    public void With_analytics_off_nothing_is_queued_or_counted_as_dropped()
    {
        var recorder = new AnalyticsRecorder(Options.Create(new AnalyticsOptions { Enabled = false }), TimeProvider.System);

        Assert.False(recorder.RecordSearch(new SearchRequest { Query = "q" }, Result(1)));
        Assert.False(recorder.Queue.TryRead(out _));
        Assert.Equal(0, recorder.Dropped);
    }

    private static AnalyticsRecorder Recorder(int capacity) =>
        new(Options.Create(new AnalyticsOptions { QueueCapacity = capacity }), TimeProvider.System);

    private static SearchResult Result(int total, int page = 1) =>
        new("q", total, page, 10, [], new SearchFacets([], []), null, false);
}
