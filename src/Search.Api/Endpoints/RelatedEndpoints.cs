using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Features.Related;
using Search.Api.Features.Search;
using Search.Core.Articles;
using Search.Core.Related;

namespace Search.Api.Endpoints;

/// <summary>The "More from" API: related stories for a published article or for a posted draft.</summary>
public static class RelatedEndpoints
{
    public static IEndpointRouteBuilder MapRelatedEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Related");

        api.MapGet("/articles/{id}/related", ForArticle)
            .WithName("RelatedArticles")
            .WithSummary("The stories most worth reading next, each with the entities and words it shares.");

        api.MapPost("/related", ForDraft)
            .WithName("RelatedToDraft")
            .WithSummary("Related stories for an unpublished draft (same scoring as for a published article).");

        return app;
    }

    private static async Task<Results<Ok<RelatedArticles.Response>, ProblemHttpResult, ValidationProblem>> ForArticle(
        IMediator mediator, string id, CancellationToken cancel, string? count = null)
    {
        if (Count(count) is not { } n)
        {
            return CountProblem();
        }

        return await mediator.Send(new RelatedArticles.Query(id, n), cancel) is { } response
            ? TypedResults.Ok(response)
            : SearchEndpoints.NotFound(id);
    }

    private static async Task<Results<Ok<RelatedArticles.Response>, ValidationProblem>> ForDraft(
        IMediator mediator, ArticleLine draft, CancellationToken cancel, string? count = null)
    {
        if (Count(count) is not { } n)
        {
            return CountProblem();
        }

        // A draft may not have an id yet: give it one that matches nothing, so validation only asks for title and body.
        var line = string.IsNullOrWhiteSpace(draft.Id) ? draft with { Id = "draft" } : draft;
        if (!ArticleParser.TryValidate(line, out var article, out var error))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [error!.Field ?? "body"] = [error.Message] });
        }

        return TypedResults.Ok(await mediator.Send(new RelatedToDraft.Command(article!, n), cancel));
    }

    private static int? Count(string? value)
    {
        var errors = new Dictionary<string, string[]>();
        var n = SearchParameters.Number(value, "count", 5, errors);
        return errors.Count == 0 && n is >= 1 and <= RelatedOptions.MaxCount ? n : null;
    }

    private static ValidationProblem CountProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["count"] = [$"count must be a whole number between 1 and {RelatedOptions.MaxCount}."] });
}
