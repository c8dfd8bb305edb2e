using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Suggestions;

namespace Search.Core;

public static class SearchEngineServiceCollectionExtensions
{
    /// <summary>Registers the engine: the index owner, the corpus indexer, search, suggestions, lookups and related stories (all singletons).</summary>
    public static IServiceCollection AddSearchEngine(this IServiceCollection services)
    {
        services.AddOptions<IndexingOptions>();
        services.AddOptions<CacheOptions>();
        services.AddSingleton(_ => new ArticleDocumentBuilder(EntityExtractor.Default.Extract));
        services.AddSingleton<IndexStore>();
        services.AddSingleton<CorpusIndexer>();
        services.AddSingleton(_ => RankingOptions.Default);
        services.AddSingleton(sp => new SearchService(sp.GetRequiredService<IndexStore>(), sp.GetRequiredService<RankingOptions>(), Caches(sp).SearchResults));
        services.AddSingleton<Suggester>();
        services.AddSingleton<ArticleLookup>();
        services.AddSingleton(_ => RelatedOptions.Default);
        services.AddSingleton(sp => new RelatedFinder(sp.GetRequiredService<IndexStore>(), sp.GetRequiredService<RelatedOptions>(), Caches(sp).RelatedLists));
        return services;
    }

    private static CacheOptions Caches(IServiceProvider services) => services.GetRequiredService<IOptions<CacheOptions>>().Value;
}
