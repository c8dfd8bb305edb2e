using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Features.Articles;
using Search.Api.Features.Search;
using Search.Api.Features.Suggest;
using Search.Core.Searching;
using Search.Core.Suggestions;

namespace Search.Api.Endpoints;

/// <summary>The read API: search, suggestions and articles. Each endpoint translates HTTP to one mediator request and back.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Search");

        api.MapGet("/search", Search)
            .WithName("SearchArticles")
            .WithSummary("Ranked articles for typed text, with filters, facets, snippets and spelling help.");

        api.MapGet("/suggest", Suggest)
            .WithName("Suggest")
            .WithSummary("Completions for the search box: entity names, words and headlines.");

        api.MapGet("/articles/{id}", GetArticleById)
            .WithName("GetArticle")
            .WithSummary("One article with its extracted entities.")
            .WithTags("Articles");

        return app;
    }

    private static async Task<Results<Ok<SearchArticles.Response>, ValidationProblem>> Search(
        IMediator mediator, CancellationToken cancel,
        string? q = null, string? section = null, string? author = null, string? entity = null,
        string? from = null, string? to = null, string? sort = null, string? page = null, string? size = null)
    {
        var errors = new Dictionary<string, string[]>();
        var request = SearchParameters.Parse(q, section, author, entity, from, to, sort, page, size, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Some search parameters are not valid.");
        }

        return TypedResults.Ok(await mediator.Send(new SearchArticles.Query(request), cancel));
    }

    private static async Task<Results<Ok<SuggestTerms.Response>, ValidationProblem>> Suggest(
        IMediator mediator, CancellationToken cancel, string? q = null, string? count = null)
    {
        var errors = new Dictionary<string, string[]>();
        var n = SearchParameters.Number(count, "count", 8, errors);
        if (errors.Count == 0 && n is < 1 or > Suggester.MaxCount)
        {
            errors["count"] = [$"count must be between 1 and {Suggester.MaxCount}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await mediator.Send(new SuggestTerms.Query(q, n), cancel));
    }

    private static async Task<Results<Ok<GetArticle.Response>, ProblemHttpResult>> GetArticleById(IMediator mediator, string id, CancellationToken cancel) =>
        await mediator.Send(new GetArticle.Query(id), cancel) is { } article
            ? TypedResults.Ok(article)
            : NotFound(id);

    internal static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found.", detail: $"No article has the id '{id}'.");
}
