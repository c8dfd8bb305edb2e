using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Search.Api.Hosting;
using Search.Core.Configuration;
using Search.Core.Diagnostics;

namespace Search.Api.Infrastructure;

/// <summary>
/// OpenTelemetry for the host: the engine's meter and activity source (<see cref="EngineTelemetry.Name"/>), ASP.NET Core's
/// request metrics and spans, and the runtime's metrics. Metrics are served at <see cref="MetricsOptions.Path"/> in
/// Prometheus text format; traces are exported by OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the
/// exporter reads it and the other standard <c>OTEL_</c> variables itself), and without it no tracer listens at all.
/// </summary>
public static class ObservabilityServiceCollectionExtensions
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MetricsOptions>, OptionsProblemsValidator<MetricsOptions>>());
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.SectionName).ValidateOnStart();

        var metrics = configuration.GetSection(MetricsOptions.SectionName).Get<MetricsOptions>() ?? new MetricsOptions();
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        if (!metrics.Enabled && !otlp)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("search-api"));
        if (metrics.Enabled)
        {
            telemetry.WithMetrics(meters => meters
                .AddMeter(EngineTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        }

        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(EngineTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter());
        }

        return services;
    }

    /// <summary>
    /// Serves the scrape endpoint when metrics are on, asking for the API key first unless <see cref="MetricsOptions.RequireApiKey"/>
    /// is off. A branch of the pipeline rather than a mapped endpoint, so it never appears in the OpenAPI document.
    /// </summary>
    public static IApplicationBuilder UseMetricsEndpoint(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        var path = new PathString(options.Path);
        return app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: http => http.Request.Path == path,
            path: null,
            configureBranchedPipeline: branch =>
            {
                if (options.RequireApiKey)
                {
                    branch.Use(async (http, next) =>
                    {
                        if (http.RequestServices.GetRequiredService<ApiKeyFilter>().Refusal(http) is { } refusal)
                        {
                            await refusal.ExecuteAsync(http);
                            return;
                        }

                        await next(http);
                    });
                }
            },
            optionsName: null);
    }
}
