using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Search.Api.Hosting;

/// <summary>Liveness (the process answers) and readiness (a committed index is served, with which one and since when).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthResponseWriter.WriteAsync });
        return app;
    }
}
