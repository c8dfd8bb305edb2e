using Microsoft.Extensions.Diagnostics.HealthChecks;
using Search.Core.Indexing;

namespace Search.Api.Hosting;

/// <summary>
/// Ready once a committed index is served; until then /health/ready answers 503. While reads are served but writes
/// fail (a full disk) or the journal or an index generation had to be kept aside, it reports Degraded (still 200)
/// with the details, so an operator sees them without the load balancer taking the node out.
/// </summary>
public sealed class IndexReadyHealthCheck(IndexStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (store.Served is not { } served)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("No committed index is served yet (the first build, or a recovery, is running)."));
        }

        var health = store.Health;
        var data = new Dictionary<string, object>
        {
            ["articles"] = served.Articles,
            ["builtAt"] = served.BuiltAt,
            ["corpusFingerprint"] = served.Fingerprint,
            ["writesFailing"] = health.WritesFailing,
            ["damagedJournalRecords"] = health.DamagedJournalRecords,
            ["quarantined"] = health.Quarantined,
            ["generationsSetAside"] = health.GenerationsSetAside,
        };
        if (health.LastWriteError is { } error)
        {
            data["lastWriteError"] = error;
        }

        var description = $"{served.Articles} articles, built {served.BuiltAt:O}";
        var degraded = health.WritesFailing || health.DamagedJournalRecords > 0 || health.Quarantined > 0 || health.GenerationsSetAside > 0;
        return Task.FromResult(degraded
            ? HealthCheckResult.Degraded(description + (health.WritesFailing ? "; writes are failing" : "; data was kept aside (see data)"), data: data)
            : HealthCheckResult.Healthy(description, data));
    }
}
