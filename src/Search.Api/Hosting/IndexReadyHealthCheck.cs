using Microsoft.Extensions.Diagnostics.HealthChecks;
using Search.Core.Indexing;

namespace Search.Api.Hosting;

/// <summary>Ready once a committed index is served; until then /health/ready answers 503.</summary>
public sealed class IndexReadyHealthCheck(IndexStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.Served is { } served
            ? HealthCheckResult.Healthy($"{served.Articles} articles, built {served.BuiltAt:O}", new Dictionary<string, object>
            {
                ["articles"] = served.Articles,
                ["builtAt"] = served.BuiltAt,
                ["corpusFingerprint"] = served.Fingerprint,
            })
            : HealthCheckResult.Unhealthy("The first index build has not been committed yet."));
}
