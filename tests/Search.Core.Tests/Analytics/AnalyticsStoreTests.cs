using Search.Core.Analytics;
using Search.Core.Tests.Support;
using Xunit.Abstractions;

namespace Search.Core.Tests.Analytics;

public sealed class AnalyticsStoreTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
    private readonly ListLogger _log = new();

    [Fact]
    public void Click_through_by_position_divides_clicks_by_the_pages_that_showed_that_position()
    {
        using var store = Store();
        store.Write([
            Search("putin", total: 25, first: 1, shown: 10),
            Search("putin", total: 25, first: 1, shown: 10),
            Search("putin", total: 25, first: 11, shown: 10),
            Search("kazakh", total: 3, first: 1, shown: 3),
            Click(1), Click(1), Click(4), Click(12),
        ]);

        var rates = new AnalyticsReader(store).Report(Noon.AddHours(-1), Noon.AddHours(1), 10).ClickThroughByPosition.ToDictionary(r => r.Position);

        Assert.Equal((3L, 2L, 0.6667), (rates[1].Views, rates[1].Clicks, rates[1].Rate));
        // The three-hit search never showed position 4, so it does not count against it.
        Assert.Equal((2L, 1L, 0.5), (rates[4].Views, rates[4].Clicks, rates[4].Rate));
        Assert.Equal((1L, 1L, 1.0), (rates[12].Views, rates[12].Clicks, rates[12].Rate));
        Assert.Equal((1L, 0L, 0.0), (rates[20].Views, rates[20].Clicks, rates[20].Rate));
        Assert.False(rates.ContainsKey(21));
    }

    [Fact]
    public void The_report_counts_first_pages_lists_zero_result_queries_and_the_related_panels_rate()
    {
        using var store = Store();
        store.Write([
            Search("putin", total: 25, first: 1, shown: 10),
            Search("putin", total: 25, first: 11, shown: 10),
            Search("putin", total: 25, first: 1, shown: 10, at: Noon.AddHours(-2)),
            Search("kazakstan", total: 0, first: 1, shown: 0),
            Search("kazakstan", total: 0, first: 1, shown: 0),
            Search("tiktok", total: 2, first: 1, shown: 2),
            Related(EventKinds.RelatedView), Related(EventKinds.RelatedView), Related(EventKinds.RelatedView), Related(EventKinds.RelatedView),
            Related(EventKinds.RelatedClick, 2),
        ]);

        var report = new AnalyticsReader(store).Report(Noon.AddDays(-1), Noon.AddDays(1), 10);

        Assert.Equal(5, report.Searches);
        Assert.Equal(2, report.ZeroResultSearches);
        // Page 2 of "putin" is the same search; ties are in alphabetical order.
        Assert.Equal([("kazakstan", 2L), ("putin", 2L), ("tiktok", 1L)], report.TopQueries.Select(q => (q.Query, q.Searches)));
        Assert.Equal(new AnalyticsReport.QueryCount("kazakstan", 2, 2), Assert.Single(report.ZeroResultQueries));
        Assert.Equal(new AnalyticsReport.PanelRate(4, 1, 0.25), report.Related);
        Assert.Equal([(Noon.AddHours(-2), 1L), (Noon, 4L)], report.SearchesPerHour.Select(h => (h.Hour, h.Searches)));
    }

    [Fact]
    public void The_window_leaves_out_events_before_from_and_at_or_after_to()
    {
        using var store = Store();
        store.Write([Search("early", 1, 1, 1, at: Noon.AddHours(-3)), Search("inside", 1, 1, 1), Search("late", 1, 1, 1, at: Noon.AddHours(3))]);

        var report = new AnalyticsReader(store).Report(Noon.AddHours(-1), Noon.AddHours(3), 10);

        Assert.Equal(["inside"], report.TopQueries.Select(q => q.Query));
    }

    [Fact]
    public void Pruning_deletes_the_events_older_than_the_cut_and_keeps_the_rest()
    {
        using var store = Store();
        store.Write([Search("old", 1, 1, 1, at: Noon.AddDays(-91)), Search("old", 1, 1, 1, at: Noon.AddDays(-90.5)), Search("recent", 1, 1, 1, at: Noon.AddDays(-89))]);

        var deleted = store.Prune(Noon.AddDays(-90));

        Assert.Equal(2, deleted);
        Assert.Equal(1, store.Rows);
        Assert.Equal(["recent"], new AnalyticsReader(store).Report(Noon.AddYears(-1), Noon, 10).TopQueries.Select(q => q.Query));
    }

    [Fact]
    public void A_full_store_drops_what_does_not_fit_counts_it_logs_once_and_takes_events_again_after_pruning()
    {
        using var store = Store(maxRows: 5);
        var stored = store.Write([.. Enumerable.Range(0, 4).Select(_ => Search("old", 1, 1, 1, at: Noon.AddDays(-100)))]);
        var cut = store.Write([.. Enumerable.Range(0, 3).Select(_ => Search("new", 1, 1, 1))]);
        var refused = store.Write([Search("newer", 1, 1, 1)]);

        Assert.Equal((4, 1, 0), (stored, cut, refused));
        Assert.Equal(5, store.Rows);
        Assert.Equal(3, store.Dropped);
        Assert.Single(_log.Messages, m => m.Contains("Analytics store is full", StringComparison.Ordinal));

        store.Prune(Noon.AddDays(-90));

        Assert.Equal(1, store.Write([Search("after", 1, 1, 1)]));
        Assert.Equal(2, store.Rows);
        Assert.Contains(_log.Messages, m => m.Contains("has room again", StringComparison.Ordinal));
    }

    [Fact]
    public void Fifty_thousand_events_in_writer_sized_batches_stop_at_the_row_bound_and_the_file_stays_small()
    {
        using var store = Store(maxRows: 40_000);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var stored = 0;
        for (var batch = 0; batch < 100; batch++)
        {
            stored += store.Write([.. Enumerable.Range(0, 500).Select(i => Search($"query number {batch}-{i % 50}", i % 7, 1, 10))]);
        }

        clock.Stop();
        var bytes = new DirectoryInfo(_folder).EnumerateFiles("analytics.db*").Sum(f => f.Length);
        output.WriteLine($"{stored} events stored in {clock.Elapsed.TotalMilliseconds:0} ms ({stored / clock.Elapsed.TotalSeconds:0} events/s); files {bytes / 1024} KB, {bytes / stored} bytes an event; {store.Dropped} dropped");

        Assert.Equal(40_000, stored);
        Assert.Equal(10_000, store.Dropped);
        Assert.True(bytes / stored < 250, $"{bytes / stored} bytes an event");
    }

    [Fact]
    public void Events_survive_reopening_the_file_and_its_bound_counts_them()
    {
        var path = Path.Combine(_folder, "analytics.db");
        using (var first = new AnalyticsStore(path, 3, _log))
        {
            first.Write([Search("a", 1, 1, 1), Search("b", 1, 1, 1)]);
        }

        using var second = new AnalyticsStore(path, 3, _log);

        Assert.Equal(2, second.Rows);
        Assert.Equal(1, second.Write([Search("c", 1, 1, 1), Search("d", 1, 1, 1)]));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_set_aside_and_a_fresh_store_started()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "analytics.db");
        File.WriteAllText(path, new string('x', 8192));
        using var store = new AnalyticsStore(path, 10, _log);

        Assert.Equal(1, store.Write([Search("a", 1, 1, 1)]));
        Assert.Single(Directory.GetFiles(_folder, "analytics.db.bad-*"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private AnalyticsStore Store(int maxRows = 1_000) => new(Path.Combine(_folder, "analytics.db"), maxRows, _log);

    private static AnalyticsEvent Search(string query, int total, int first, int shown, DateTimeOffset? at = null) => new()
    {
        Kind = EventKinds.Search,
        At = at ?? Noon,
        Query = query,
        Filters = "",
        Total = total,
        Position = first,
        Shown = shown,
    };

    private static AnalyticsEvent Click(int position) => new() { Kind = EventKinds.ResultClick, At = Noon, Query = "putin", Position = position, ArticleId = "a" };

    private static AnalyticsEvent Related(string kind, int? position = null) => new()
    {
        Kind = kind,
        At = Noon,
        ArticleId = "a",
        Position = position,
        Shown = kind == EventKinds.RelatedView ? 5 : null,
    };
}
