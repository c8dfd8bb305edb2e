using System.Text.Json.Serialization;
using Search.Api.Hosting;
using Search.Api.Infrastructure;
using Search.Core;
using Search.Core.Analytics;
using Search.Core.Replication;

namespace Search.Api;

public static class SearchApiServiceCollectionExtensions
{
    /// <summary>
    /// The host's services: the engine bound to configuration, the indexing service, mediator, health, OpenAPI, ProblemDetails,
    /// request limits, metrics and traces, the search-analytics writer; in replicated mode also the stream follower and its lag in /health/ready.
    /// </summary>
    public static IServiceCollection AddSearchApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSearchEngine(configuration);
        services.AddSingleton<ApiKeyFilter>();
        services.AddHostedService<IndexingBackgroundService>();
        services.AddHostedService<CorpusWatchService>();
        if (configuration.GetValue($"{AnalyticsOptions.SectionName}:{nameof(AnalyticsOptions.Enabled)}", true))
        {
            services.AddHostedService<AnalyticsBackgroundService>();
        }

        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Singleton;
            options.PipelineBehaviors = [typeof(TimingBehavior<,>)];
        });

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        var health = services.AddHealthChecks().AddCheck<IndexReadyHealthCheck>("index", tags: ["ready"]);
        if (ReplicationOptions.IsEnabled(configuration))
        {
            services.AddHostedService<ReplicationBackgroundService>();
            health.AddCheck<ReplicationHealthCheck>("replication", tags: ["ready"]);
        }

        services.AddOpenApi();
        services.AddReaderPages();
        services.AddRequestLimits();
        services.AddObservability(configuration);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        return services;
    }
}
