using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Analytics;
using Search.Core.Configuration;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Replication;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Semantics;
using Search.Core.Suggestions;

namespace Search.Core;

public static class SearchEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine: its options, each bound from its own section and validated at start (a bad value
    /// stops the service with a message naming the key), the index owner, the corpus indexer, search,
    /// suggestions, lookups and related stories (all singletons), the warm-up run on each generation before it is served, and, unless
    /// "Search:Semantic:Enabled" is false, the sentence embeddings of articles (the process's one MiniLM model and the index's embedding
    /// cache). Writes go to this node's journal (<see cref="LocalArticleWriter"/>) unless "Search:Replication:NatsUrl" is set: then to the
    /// replicated stream, which this replica follows (<see cref="ReplicaFollower"/>, run by the host).
    /// </summary>
    public static IServiceCollection AddSearchEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddEngineOptions<IndexingOptions>(configuration, IndexingOptions.SectionName)
            .Configure(o =>
            {
                // The short keys operators have always used win over the section's.
                o.CorpusPath = configuration["Search:CorpusPath"] is { Length: > 0 } corpus ? corpus : o.CorpusPath;
                o.IndexPath = configuration["Search:IndexPath"] is { Length: > 0 } index ? index : o.IndexPath;
            })
            .PostConfigure(o =>
            {
                // Relative paths are the working directory's: the README's `dotnet run` from the repository root.
                o.CorpusPath = string.IsNullOrWhiteSpace(o.CorpusPath) ? o.CorpusPath : Path.GetFullPath(o.CorpusPath);
                o.IndexPath = string.IsNullOrWhiteSpace(o.IndexPath) ? o.IndexPath : Path.GetFullPath(o.IndexPath);
            });
        services.AddEngineOptions<SlicingOptions>(configuration, SlicingOptions.SectionName);
        services.AddEngineOptions<CacheOptions>(configuration, CacheOptions.SectionName);
        services.AddEngineOptions<RankingOptions>(configuration, RankingOptions.SectionName);
        services.AddEngineOptions<CountingOptions>(configuration, CountingOptions.SectionName);
        services.AddEngineOptions<RelatedOptions>(configuration, RelatedOptions.SectionName);
        services.AddEngineOptions<SemanticOptions>(configuration, SemanticOptions.SectionName)
            .PostConfigure(o => o.CachePath = string.IsNullOrWhiteSpace(o.CachePath) ? "" : Path.GetFullPath(o.CachePath));

        // Resolved only when semantic indexing is on, so a host without it never loads the model or opens the cache.
        services.TryAddSingleton<ITextEmbedder>(MiniLmEmbedder.Shared);
        services.AddSingleton(sp =>
        {
            var embedder = sp.GetRequiredService<ITextEmbedder>();
            var path = Value<SemanticOptions>(sp).CachePath is { Length: > 0 } configured
                ? configured
                : Path.Combine(Value<IndexingOptions>(sp).IndexPath, SemanticOptions.DefaultCacheFile);
            return new EmbeddingCache(path, embedder.Model, QuantizedEmbedding.Length(embedder.Dimensions), sp.GetRequiredService<ILogger<EmbeddingCache>>());
        });
        services.AddSingleton(sp => new ArticleEmbedder(sp.GetRequiredService<ITextEmbedder>(), sp.GetRequiredService<EmbeddingCache>()));

        services.AddSingleton(sp => new ArticleDocumentBuilder(EntityExtractor.Default.Extract, Embedder(sp)));
        services.AddSingleton(sp => new IndexStore(
            sp.GetRequiredService<IOptions<IndexingOptions>>(),
            sp.GetRequiredService<ArticleDocumentBuilder>(),
            sp.GetRequiredService<ILogger<IndexStore>>(),
            Value<SlicingOptions>(sp),
            sp.GetServices<IIndexWarmer>));
        services.AddSingleton<CorpusIndexer>();
        services.AddEngineOptions<ReplicationOptions>(configuration, ReplicationOptions.SectionName);
        if (ReplicationOptions.IsEnabled(configuration))
        {
            services.AddSingleton<WriteStream>();
            services.AddSingleton<ReplicaProgress>(sp => new ReplicaProgress(sp.GetRequiredService<IndexStore>(), sp.GetRequiredService<IOptions<ReplicationOptions>>()));
            services.AddSingleton<ReplicaFollower>();
            services.AddSingleton<IArticleWriter, ReplicatedArticleWriter>();
        }
        else
        {
            services.AddSingleton<IArticleWriter, LocalArticleWriter>();
        }

        services.AddSingleton(sp => new SearchService(sp.GetRequiredService<IndexStore>(), Value<RankingOptions>(sp), Value<CacheOptions>(sp).SearchResults, Value<CountingOptions>(sp).ExactUpTo, Value<CacheOptions>(sp).StoredArticles));
        services.AddSingleton<Suggester>();
        services.AddSingleton<ArticleLookup>();
        services.AddSingleton(sp => new RelatedFinder(sp.GetRequiredService<IndexStore>(), Value<RelatedOptions>(sp), Value<CacheOptions>(sp).RelatedLists, Embedder(sp)));
        // A generation is served (ready at start, swapped in after a rebuild) only once these have run on it.
        services.AddSingleton<IIndexWarmer>(sp => new SearchWarmer(sp.GetRequiredService<SearchService>(), Value<IndexingOptions>(sp).WarmUpRounds));
        services.AddSingleton<IIndexWarmer>(sp => new RelatedWarmer(sp.GetRequiredService<RelatedFinder>(), Value<IndexingOptions>(sp).WarmUpRounds));
        services.AddSearchAnalytics(configuration);
        return services;
    }

    /// <summary>
    /// Search analytics ("Search:Analytics"): the recorder searches and beacons queue to, the SQLite store (by default
    /// <c>analytics.db</c> in the index folder), its reader, the writer loop the host runs, the sink it writes to (the
    /// store; in replicated mode the shared analytics stream every replica reads), and, unless turned off, the popular
    /// queries fed to the suggestions. The store is opened on first use, so with analytics off no file is made.
    /// </summary>
    private static void AddSearchAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEngineOptions<AnalyticsOptions>(configuration, AnalyticsOptions.SectionName)
            .PostConfigure(o => o.DatabasePath = string.IsNullOrWhiteSpace(o.DatabasePath) ? "" : Path.GetFullPath(o.DatabasePath));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AnalyticsRecorder>();
        services.AddSingleton(sp => new AnalyticsStore(
            Value<AnalyticsOptions>(sp).DatabasePath is { Length: > 0 } configured
                ? configured
                : Path.Combine(Value<IndexingOptions>(sp).IndexPath, AnalyticsOptions.DefaultDatabaseFile),
            Value<AnalyticsOptions>(sp).MaxRows,
            sp.GetRequiredService<ILogger<AnalyticsStore>>()));
        services.AddSingleton<AnalyticsReader>();
        services.AddSingleton<PopularQueries>();
        if (ReplicationOptions.IsEnabled(configuration))
        {
            // Every replica's events go through the shared stream, and every replica reads all of them into its store.
            services.AddSingleton<AnalyticsStream>();
            services.AddSingleton<IAnalyticsSink>(sp => sp.GetRequiredService<AnalyticsStream>());
        }
        else
        {
            services.AddSingleton<IAnalyticsSink, LocalAnalyticsSink>();
        }

        services.AddSingleton<AnalyticsWriter>();
        var analytics = configuration.GetSection(AnalyticsOptions.SectionName).Get<AnalyticsOptions>() ?? new AnalyticsOptions();
        if (analytics.Enabled && analytics.SuggestQueries > 0)
        {
            services.AddSingleton<IPopularQueries>(sp => sp.GetRequiredService<PopularQueries>());
        }
    }

    private static OptionsBuilder<T> AddEngineOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class, IValidatedOptions
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, OptionsProblemsValidator<T>>());
        return services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
    }

    private static ArticleEmbedder? Embedder(IServiceProvider services) =>
        Value<SemanticOptions>(services).Enabled ? services.GetRequiredService<ArticleEmbedder>() : null;

    private static T Value<T>(IServiceProvider services)
        where T : class => services.GetRequiredService<IOptions<T>>().Value;
}
