using System.Text.Json.Serialization;
using Search.Api.Hosting;
using Search.Api.Infrastructure;
using Search.Core;
using Search.Core.Indexing;

namespace Search.Api;

public static class SearchApiServiceCollectionExtensions
{
    /// <summary>The host's services: the engine bound to configuration, the indexing service, mediator, health, OpenAPI, ProblemDetails.</summary>
    public static IServiceCollection AddSearchApi(this IServiceCollection services)
    {
        services.AddSearchEngine();
        services.AddOptions<IndexingOptions>()
            .BindConfiguration(IndexingOptions.SectionName)
            .PostConfigure(o =>
            {
                o.CorpusPath = RepositoryPaths.Resolve(o.CorpusPath);
                o.IndexPath = RepositoryPaths.Resolve(o.IndexPath);
            })
            .Validate(o => !string.IsNullOrWhiteSpace(o.CorpusPath) && !string.IsNullOrWhiteSpace(o.IndexPath), "Search:CorpusPath and Search:IndexPath are required.")
            .ValidateOnStart();

        services.AddOptions<CacheOptions>()
            .BindConfiguration(CacheOptions.SectionName)
            .Validate(o => o.SearchResults >= 0 && o.RelatedLists >= 0, "Search:Cache sizes must not be negative.")
            .ValidateOnStart();
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.SectionName);
        services.AddSingleton<ApiKeyFilter>();
        services.AddHostedService<IndexingBackgroundService>();
        services.AddHostedService<CorpusWatchService>();
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Singleton;
            options.PipelineBehaviors = [typeof(TimingBehavior<,>)];
        });

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddHealthChecks().AddCheck<IndexReadyHealthCheck>("index", tags: ["ready"]);
        services.AddOpenApi();
        services.AddReaderPages();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        return services;
    }
}
