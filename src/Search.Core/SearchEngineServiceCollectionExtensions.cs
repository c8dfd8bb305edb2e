using Microsoft.Extensions.DependencyInjection;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Searching;

namespace Search.Core;

public static class SearchEngineServiceCollectionExtensions
{
    /// <summary>Registers the engine: the index owner, the corpus indexer, search, suggestions, lookups and related stories (all singletons).</summary>
    public static IServiceCollection AddSearchEngine(this IServiceCollection services)
    {
        services.AddOptions<IndexingOptions>();
        services.AddSingleton(_ => new ArticleDocumentBuilder(EntityExtractor.Default.Extract));
        services.AddSingleton<IndexStore>();
        services.AddSingleton<CorpusIndexer>();
        services.AddSingleton(_ => RankingOptions.Default);
        services.AddSingleton(sp => new SearchService(sp.GetRequiredService<IndexStore>(), sp.GetRequiredService<RankingOptions>()));
        services.AddSingleton<Suggester>();
        services.AddSingleton<ArticleLookup>();
        services.AddSingleton(_ => RelatedOptions.Default);
        services.AddSingleton(sp => new RelatedFinder(sp.GetRequiredService<IndexStore>(), sp.GetRequiredService<RelatedOptions>()));
        return services;
    }
}
