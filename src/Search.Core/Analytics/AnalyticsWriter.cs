using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Diagnostics;

namespace Search.Core.Analytics;

/// <summary>
/// The one consumer of the recorder's queue, off the request path: writes events in batches to the sink, deletes those
/// past retention every <see cref="AnalyticsOptions.PruneIntervalMinutes"/>, and refreshes the popular queries the
/// suggestions use. A failed batch is logged and dropped; the loop carries on. Run by the host until it stops.
/// </summary>
public sealed class AnalyticsWriter(
    AnalyticsRecorder recorder,
    IAnalyticsSink sink,
    AnalyticsStore store,
    PopularQueries popular,
    IOptions<AnalyticsOptions> options,
    ILogger<AnalyticsWriter> logger)
{
    /// <summary>Events per transaction: enough that a burst costs a few commits, few enough that one is milliseconds.</summary>
    public const int BatchSize = 500;

    private readonly AnalyticsOptions _options = options.Value;
    private DateTimeOffset _nextPrune = DateTimeOffset.MinValue;

    public async Task RunAsync(CancellationToken stop)
    {
        var batch = new List<AnalyticsEvent>(BatchSize);
        var tick = TimeSpan.FromSeconds(Math.Clamp(Math.Min(_options.SuggestRefreshSeconds, _options.PruneIntervalMinutes * 60), 0.05, 60));
        PruneIfDue();
        popular.Refresh(force: true);
        while (!stop.IsCancellationRequested)
        {
            using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stop))
            {
                wait.CancelAfter(tick);
                try
                {
                    await recorder.Queue.WaitToReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    // A quiet spell: prune and refresh below all the same.
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            while (Drain(batch))
            {
                await WriteAsync(batch, stop);
            }

            PruneIfDue();
            popular.Refresh();
        }

        // Stopping: what is queued is written rather than lost.
        while (Drain(batch))
        {
            await WriteAsync(batch, CancellationToken.None);
        }
    }

    private bool Drain(List<AnalyticsEvent> batch)
    {
        batch.Clear();
        while (batch.Count < BatchSize && recorder.Queue.TryRead(out var e))
        {
            batch.Add(e);
        }

        return batch.Count > 0;
    }

    private async Task WriteAsync(List<AnalyticsEvent> batch, CancellationToken cancel)
    {
        try
        {
            await sink.WriteAsync(batch, cancel);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            EngineTelemetry.AnalyticsEvents.Add(batch.Count, new KeyValuePair<string, object?>("outcome", "failed"));
            logger.LogWarning(ex, "{Count} analytics events could not be written and were dropped", batch.Count);
        }
    }

    private void PruneIfDue()
    {
        var now = recorder.Time.GetUtcNow();
        if (now < _nextPrune)
        {
            return;
        }

        _nextPrune = now + TimeSpan.FromMinutes(_options.PruneIntervalMinutes);
        try
        {
            var deleted = store.Prune(now.AddDays(-_options.RetentionDays));
            if (deleted > 0)
            {
                logger.LogInformation("Deleted {Count} analytics events older than {RetentionDays} days", deleted, _options.RetentionDays);
            }
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            logger.LogWarning(ex, "Pruning analytics events failed; retried in {Minutes} minutes", _options.PruneIntervalMinutes);
        }
    }
}
