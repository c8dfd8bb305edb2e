using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Infrastructure;
using Search.Core.Related;

namespace Search.Api.Features.Related;

/// <summary>GET /api/articles/{id}/related: the "More from" list under an article.</summary>
public static class RelatedArticles
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder api) =>
        api.MapGet("/articles/{id}/related", Get)
            .WithName("RelatedArticles")
            .WithSummary("The stories most worth reading next, each with the entities and words it shares.")
            .WithTags("Related");

    public static async Task<Results<Ok<Response>, ProblemHttpResult, ValidationProblem>> Get(
        IMediator mediator, string id, CancellationToken cancel, string? count = null)
    {
        if (!RelatedCount.TryParse(count, out var n, out var problem))
        {
            return problem;
        }

        return await mediator.Send(new Query(id, n), cancel) is { } response
            ? TypedResults.Ok(response)
            : ApiProblems.ArticleNotFound(id);
    }

    public sealed record Query(string Id, int Count) : IRequest<Response?>, ITimedRequest
    {
        public RequestTimer Timer { get; } = RequestTimer.Start();
    }

    public sealed record Response(string Id, IReadOnlyList<RelatedItem> Items, double TookMs);

    public sealed class Handler(RelatedFinder related) : IRequestHandler<Query, Response?>
    {
        public ValueTask<Response?> Handle(Query query, CancellationToken cancellationToken)
        {
            var items = related.ForArticle(query.Id, query.Count);
            return ValueTask.FromResult(items is null ? null : new Response(query.Id, items, query.Timer.ElapsedMs));
        }
    }
}
