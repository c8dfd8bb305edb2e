using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Infrastructure;
using Search.Core.Articles;
using Search.Core.Related;

namespace Search.Api.Features.Related;

/// <summary>POST /api/related: "More from" for a draft that is not published yet (the CMS preview). Open to anyone, like the reads.</summary>
public static class RelatedToDraft
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder api) =>
        api.MapPost("/related", Post)
            .WithName("RelatedToDraft")
            .WithSummary("Related stories for an unpublished draft (same scoring as for a published article).")
            .WithTags("Related");

    public static async Task<Results<Ok<Response>, ValidationProblem>> Post(
        IMediator mediator, ArticleLine draft, CancellationToken cancel, string? count = null)
    {
        if (!RelatedCount.TryParse(count, out var n, out var problem))
        {
            return problem;
        }

        // A draft may not have an id yet: give it one that matches nothing, so validation only asks for title and body.
        var line = string.IsNullOrWhiteSpace(draft.Id) ? draft with { Id = "draft" } : draft;
        if (!ArticleParser.TryValidate(line, out var article, out var error))
        {
            return ApiProblems.Invalid(error!.Field ?? "body", error.Message);
        }

        return TypedResults.Ok(await mediator.Send(new Command(article!, n), cancel));
    }

    public sealed record Command(Article Draft, int Count) : IRequest<Response>, ITimedRequest
    {
        public RequestTimer Timer { get; } = RequestTimer.Start();
    }

    /// <summary>The same shape as a published article's list (<see cref="RelatedArticles.Response"/>), so the widget reads both.</summary>
    public sealed record Response(string Id, IReadOnlyList<RelatedItem> Items, double TookMs);

    public sealed class Handler(RelatedFinder related) : IRequestHandler<Command, Response>
    {
        public ValueTask<Response> Handle(Command command, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new Response(command.Draft.Id, related.ForDraft(command.Draft, command.Count), command.Timer.ElapsedMs));
    }
}
