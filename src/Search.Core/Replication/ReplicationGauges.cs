using System.Diagnostics.Metrics;
using Search.Core.Diagnostics;

namespace Search.Core.Replication;

/// <summary>
/// Replicated mode: the replica's lag behind the write stream, in writes and in seconds (what /health/ready reports),
/// read when a scraper asks, for as long as the follower runs.
/// </summary>
internal sealed class ReplicationGauges : IDisposable
{
    private readonly Meter _meter = new(EngineTelemetry.Name);

    public ReplicationGauges(ReplicaProgress progress)
    {
        _meter.CreateObservableGauge("search.engine.replication.lag.writes", () => progress.Lag.Messages, "{write}", "Stream writes this replica has not applied yet.");
        _meter.CreateObservableGauge("search.engine.replication.lag.time", () => progress.Lag.Seconds, "s", "How long this replica has been behind the stream.");
    }

    public void Dispose() => _meter.Dispose();
}
