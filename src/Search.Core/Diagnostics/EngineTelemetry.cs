using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Search.Core.Diagnostics;

/// <summary>
/// The engine's metrics and traces, all named here: one <see cref="Meter"/> and one <see cref="ActivitySource"/>, both
/// "Search.Engine", that a host subscribes to (OpenTelemetry's AddMeter and AddSource). The engine only records; with no
/// listener an instrument or a span costs a null check, so tests and benchmarks pay nothing for them.
/// </summary>
public static class EngineTelemetry
{
    /// <summary>The name of the engine's meter and activity source.</summary>
    public const string Name = "Search.Engine";

    /// <summary>Milliseconds from a tenth of one (a cached answer) to seconds (a cold related list at a million articles).</summary>
    private static readonly double[] MillisecondBuckets = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];

    internal static readonly ActivitySource Source = new(Name);

    internal static readonly Meter Meter = new(Name);

    /// <summary>Whole searches, cached or not, in ms (tag <c>cached</c>).</summary>
    internal static readonly Histogram<double> SearchDuration = Milliseconds("search.engine.search.duration", "Time to answer a search, cached or not.");

    /// <summary>Whole related lists (tags <c>cached</c>, <c>source</c>: indexed or draft), in ms.</summary>
    internal static readonly Histogram<double> RelatedDuration = Milliseconds("search.engine.related.duration", "Time to answer a related list, cached or not.");

    /// <summary>A computed answer's stages (tags <c>operation</c>: search or related, and <c>stage</c>), in ms.</summary>
    internal static readonly Histogram<double> StageDuration = Milliseconds("search.engine.stage.duration", "Time spent in one stage of a computed search or related list.");

    /// <summary>Lookups in the per-view answer caches (tags <c>cache</c>: search or related, and <c>outcome</c>: hit or miss).</summary>
    internal static readonly Counter<long> CacheLookups = Meter.CreateCounter<long>("search.engine.cache.lookups", "{lookup}", "Lookups in the per-view answer caches, by outcome.");

    /// <summary>Articles added to generations being built; its rate is the build's rate.</summary>
    internal static readonly Counter<long> ArticlesIndexed = Meter.CreateCounter<long>("search.engine.build.articles", "{article}", "Articles added to index generations being built.");

    /// <summary>Full builds (tag <c>outcome</c>: swapped or failed).</summary>
    internal static readonly Counter<long> Builds = Meter.CreateCounter<long>("search.engine.builds", "{build}", "Full index builds, by outcome.");

    /// <summary>Single-article writes applied to the served generation (tag <c>kind</c>: upsert or delete).</summary>
    internal static readonly Counter<long> Writes = Meter.CreateCounter<long>("search.engine.writes", "{write}", "Single-article writes applied to the served index.");

    /// <summary>
    /// Search-analytics events (tag <c>outcome</c>: stored; or dropped: queue_full when the writer fell behind,
    /// store_full when the store reached its size bound).
    /// </summary>
    internal static readonly Counter<long> AnalyticsEvents = Meter.CreateCounter<long>("search.engine.analytics.events", "{event}", "Search-analytics events, by outcome: stored, or dropped because the queue or the store was full.");

    /// <summary>Starts a stage of <paramref name="operation"/>: a child span and, when disposed, its duration.</summary>
    internal static EngineStage Stage(string operation, string stage) => new(operation, stage);

    /// <summary>Ends a whole search or related list: says on its span whether the cache answered, and records its milliseconds.</summary>
    internal static void Answered(Histogram<double> duration, long started, bool cached, Activity? activity, string? source = null)
    {
        activity?.SetTag("search.cached", cached);
        if (duration.Enabled)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (source is null)
            {
                duration.Record(elapsed, new KeyValuePair<string, object?>("cached", cached));
            }
            else
            {
                duration.Record(elapsed, new KeyValuePair<string, object?>("cached", cached), new KeyValuePair<string, object?>("source", source));
            }
        }
    }

    private static Histogram<double> Milliseconds(string name, string description) =>
        Meter.CreateHistogram(name, "ms", description, tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = MillisecondBuckets });
}
