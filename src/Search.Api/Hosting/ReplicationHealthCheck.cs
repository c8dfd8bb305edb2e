using Microsoft.Extensions.Diagnostics.HealthChecks;
using Search.Core.Replication;

namespace Search.Api.Hosting;

/// <summary>
/// Replicated mode: the replica's lag behind the stream (writes and seconds). Unhealthy (503, so a load balancer sends it
/// no readers) until it has once been within <c>Search:Replication:ReadyLagMessages</c> of the stream's end after start;
/// afterwards Degraded (still 200) while NATS cannot be reached, since reads are still served from the local index.
/// </summary>
public sealed class ReplicationHealthCheck(ReplicaProgress progress, WriteStream stream) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var lag = progress.Lag;
        var data = new Dictionary<string, object>
        {
            ["lagMessages"] = lag.Messages,
            ["lagSeconds"] = lag.Seconds,
            ["appliedSequence"] = lag.AppliedSequence,
            ["streamSequence"] = lag.StreamSequence,
            ["natsConnected"] = lag.Connected,
        };
        if (stream.ServerName is { } server)
        {
            data["natsServer"] = server;
        }

        var description = $"{lag.Messages} writes ({lag.Seconds:0.###} s) behind the stream";
        return Task.FromResult(
            !lag.CaughtUp ? HealthCheckResult.Unhealthy("Catching up with the write stream: " + description, data: data)
            : !lag.Connected ? HealthCheckResult.Degraded("NATS cannot be reached: writes answer 503, reads are served; " + description, data: data)
            : HealthCheckResult.Healthy(description, data));
    }
}
