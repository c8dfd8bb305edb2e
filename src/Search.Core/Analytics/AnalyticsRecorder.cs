using System.Net;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Search.Core.Diagnostics;
using Search.Core.Searching;

namespace Search.Core.Analytics;

/// <summary>
/// Takes events on the request path and hands them to the writer (<see cref="AnalyticsWriter"/>) through a bounded queue.
/// Recording never waits: when the queue is full the event is dropped and counted (<see cref="Dropped"/> and the
/// <c>search.engine.analytics.events</c> counter, outcome <c>queue_full</c>), so a slow disk never slows a search.
/// </summary>
public sealed class AnalyticsRecorder
{
    private readonly Channel<AnalyticsEvent> _queue;
    private long _dropped;

    public AnalyticsRecorder(IOptions<AnalyticsOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        Enabled = options.Value.Enabled;
        Time = time;
        _queue = Channel.CreateBounded<AnalyticsEvent>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            // Wait mode makes TryWrite answer false when full, which is what lets a drop be counted; nothing ever waits.
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    public bool Enabled { get; }

    public TimeProvider Time { get; }

    /// <summary>Events dropped because the queue was full, since start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>What the writer reads.</summary>
    public ChannelReader<AnalyticsEvent> Queue => _queue.Reader;

    /// <summary>Queues <paramref name="analyticsEvent"/>; false (and counted) when analytics is off or the queue is full. Never blocks.</summary>
    public bool TryRecord(AnalyticsEvent analyticsEvent)
    {
        ArgumentNullException.ThrowIfNull(analyticsEvent);
        if (!Enabled)
        {
            return false;
        }

        if (_queue.Writer.TryWrite(analyticsEvent))
        {
            return true;
        }

        Interlocked.Increment(ref _dropped);
        EngineTelemetry.AnalyticsEvents.Add(1, new KeyValuePair<string, object?>("outcome", "queue_full"));
        return false;
    }

    /// <summary>Records a search as answered: its normalised query, filters, total (0 when only a correction found something) and the positions it showed.</summary>
    public bool RecordSearch(SearchRequest request, SearchResult result)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        return Enabled && TryRecord(new AnalyticsEvent
        {
            Kind = EventKinds.Search,
            At = Time.GetUtcNow(),
            Query = QueryText.Normalise(request.Query),
            Filters = Filters(request),
            // A query that found nothing as typed, answered with its spelling correction's hits, counts as finding nothing:
            // editors want to see it, and a misspelling must never be offered back as a popular suggestion.
            Total = result.Corrected ? 0 : result.Total,
            Position = ((result.Page - 1) * result.Size) + 1,
            Shown = result.Hits.Count,
        });
    }

    /// <summary>The filters as a short query string, each value capped, so an editor can tell "putin" in Analysis from "putin" anywhere.</summary>
    private static string Filters(SearchRequest request)
    {
        var parts = new List<string>(6);
        Add(parts, "section", request.Section);
        Add(parts, "author", request.Author);
        Add(parts, "entity", request.Entity);
        Add(parts, "from", request.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(parts, "to", request.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(parts, "sort", request.Sort == SearchSort.Relevance ? null : request.Sort.ToString().ToLowerInvariant());
        return string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            var trimmed = value.Trim();
            parts.Add(name + "=" + WebUtility.UrlEncode(trimmed.Length > 100 ? trimmed[..100] : trimmed));
        }
    }
}
