using Search.Core.Analytics;

namespace Search.Api.Hosting;

/// <summary>Runs the analytics writer (<see cref="AnalyticsWriter"/>) for the host's lifetime; a failure there never stops searches.</summary>
public sealed class AnalyticsBackgroundService(AnalyticsWriter writer, ILogger<AnalyticsBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await writer.RunAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Search analytics stopped; searches are served but no longer recorded");
        }
    }
}
