using System.Diagnostics.Metrics;
using Search.Core.Diagnostics;

namespace Search.Core.Indexing;

/// <summary>
/// What the served generation holds, read when a scraper asks: its articles, its segments and the age of its last full
/// build. A meter of its own (named like the engine's), disposed with the store, so a store that is gone is not read.
/// Nothing is reported until an index is served.
/// </summary>
internal sealed class IndexGauges : IDisposable
{
    private readonly Meter _meter = new(EngineTelemetry.Name);

    public IndexGauges(IndexStore store)
    {
        _meter.CreateObservableGauge("search.engine.index.documents", () => Read(store, lease => (long)lease.Searcher.IndexReader.NumDocs), "{article}", "Articles in the served index view.");
        _meter.CreateObservableGauge("search.engine.index.segments", () => Read(store, lease => (long)lease.Searcher.IndexReader.Leaves.Count), "{segment}", "Segments in the served index view.");
        _meter.CreateObservableGauge(
            "search.engine.index.age",
            () => store.Served is { BuiltAt: var built } && built > DateTimeOffset.MinValue
                ? [new Measurement<double>((DateTimeOffset.UtcNow - built).TotalSeconds)]
                : Array.Empty<Measurement<double>>(),
            "s",
            "Time since the served generation was built from the corpus.");
    }

    public void Dispose() => _meter.Dispose();

    private static IEnumerable<Measurement<long>> Read(IndexStore store, Func<SearcherLease, long> value)
    {
        if (!store.IsReady)
        {
            return [];
        }

        try
        {
            using var lease = store.Acquire();
            return [new Measurement<long>(value(lease))];
        }
        catch (Exception ex) when (ex is IndexNotReadyException or ObjectDisposedException)
        {
            // Closed or swapped while being read: the next scrape reads the new one.
            return [];
        }
    }
}
