using Search.Core.Analytics;

namespace Search.Api.Hosting;

/// <summary>
/// Runs the analytics writer (<see cref="AnalyticsWriter"/>) for the host's lifetime and, in replicated mode, the reader of
/// the shared analytics stream (<see cref="AnalyticsStream"/>). A failure there never stops searches.
/// </summary>
public sealed class AnalyticsBackgroundService(AnalyticsWriter writer, ILogger<AnalyticsBackgroundService> logger, AnalyticsStream? stream = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await Task.WhenAll(writer.RunAsync(stoppingToken), stream?.FollowAsync(stoppingToken) ?? Task.CompletedTask);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Search analytics stopped; searches are served but no longer recorded");
        }
    }
}
