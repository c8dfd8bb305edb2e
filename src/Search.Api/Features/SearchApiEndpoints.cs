using Search.Api.Features.Admin;
using Search.Api.Features.Analytics;
using Search.Api.Features.Articles;
using Search.Api.Features.Pages;
using Search.Api.Features.Related;
using Search.Api.Features.Search;
using Search.Api.Features.Suggest;

namespace Search.Api.Features;

/// <summary>Every use case the host serves, one line each: the JSON API under <c>/api</c> and the reader's page at <c>/</c>.</summary>
public static class SearchApiEndpoints
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        SearchArticles.Map(api);
        SuggestTerms.Map(api);
        GetArticle.Map(api);
        RelatedArticles.Map(api);
        RelatedToDraft.Map(api);
        PutArticle.Map(api);
        DeleteArticle.Map(api);
        Reindex.Map(api);
        RecordEvent.Map(api);
        GetAnalytics.Map(api);
        SearchPage.Map(app);
        return app;
    }
}
