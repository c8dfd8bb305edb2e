namespace Search.Core.Analytics;

/// <summary>Where the writer puts a batch of this node's events: the local store, or (replicated) the shared stream.</summary>
public interface IAnalyticsSink
{
    Task WriteAsync(IReadOnlyList<AnalyticsEvent> batch, CancellationToken cancel);
}
