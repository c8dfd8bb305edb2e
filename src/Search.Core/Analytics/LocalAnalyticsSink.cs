namespace Search.Core.Analytics;

/// <summary>A single node's events go straight into its own store.</summary>
public sealed class LocalAnalyticsSink(AnalyticsStore store) : IAnalyticsSink
{
    public Task WriteAsync(IReadOnlyList<AnalyticsEvent> batch, CancellationToken cancel)
    {
        store.Write(batch);
        return Task.CompletedTask;
    }
}
