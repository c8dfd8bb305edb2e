using Mediator;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Hosting;
using Search.Api.Infrastructure;
using Search.Core.Articles;
using Search.Core.Related;

namespace Search.Api.Features.Related;

/// <summary>
/// POST /api/related: "More from" for a draft that is not published yet (the CMS preview). Open to anyone, like the
/// reads, and bounded like none of them: at most 256 KB, the article rules, <c>count</c> pins looked up, and a few
/// drafts at once (<see cref="RequestLimitsOptions"/>; past them a 429 with Retry-After).
/// </summary>
public static class RelatedToDraft
{
    /// <summary>
    /// The largest draft accepted. Anyone may post one, so it is kept small: a long feature with captions is a
    /// few tens of KB, and its distinctive terms come from the first <see cref="RelatedOptions.MaxBodyChars"/> anyway.
    /// </summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder api) =>
        api.MapPost("/related", Post)
            .WithName("RelatedToDraft")
            .WithSummary("Related stories for an unpublished draft (same scoring as for a published article).")
            .WithTags("Related")
            .Accepts<ArticleLine>("application/json")
            .RequireRateLimiting(RequestLimitsServiceCollectionExtensions.DraftsPolicy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    public static async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> Post(
        IMediator mediator, HttpRequest request, CancellationToken cancel, string? count = null)
    {
        // The body is read here rather than bound, so it can be bounded; what binding answered stays: a 415 for a
        // body that is not JSON, a bare 400 for JSON that is not an article object, a byte-order mark skipped.
        if (request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: true } && !request.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (await BoundedBody.ReadAsync(request, MaxBodyBytes, cancel) is not { } json)
        {
            return ApiProblems.BodyTooLarge(MaxBodyBytes);
        }

        if (!ArticleParser.TryRead(json.TrimStart('\uFEFF'), out var draft, out _))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest);
        }

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
        public ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            // Pins come first and each is an index lookup, so a draft pinning thousands of ids would cost thousands
            // of lookups for a list of Count: only the first Count pins can show, and only they are looked up.
            var draft = command.Draft.Related.Count <= command.Count
                ? command.Draft
                : command.Draft with { Related = command.Draft.Related.Take(command.Count).ToArray() };
            return ValueTask.FromResult(new Response(draft.Id, related.ForDraft(draft, command.Count), command.Timer.ElapsedMs));
        }
    }
}
