using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Infrastructure;
using Search.Core.Searching;
using Search.Core.Suggestions;

namespace Search.Api.Features.Suggest;

/// <summary>GET /api/suggest: completions for the search box as the reader types.</summary>
public static class SuggestTerms
{
    private const int DefaultCount = 8;

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder api) =>
        api.MapGet("/suggest", Get)
            .WithName("Suggest")
            .WithSummary("Completions for the search box: entity names, words and headlines.")
            .WithTags("Search");

    public static async Task<Results<Ok<Response>, ValidationProblem>> Get(
        IMediator mediator, CancellationToken cancel, string? q = null, string? count = null)
    {
        var errors = new Dictionary<string, string[]>();
        var n = QueryNumbers.Parse(count, "count", DefaultCount, errors);
        if (errors.Count == 0 && n is < 1 or > Suggester.MaxCount)
        {
            errors["count"] = [$"count must be between 1 and {Suggester.MaxCount}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await mediator.Send(new Query(q, n), cancel));
    }

    public sealed record Query(string? Text, int Count) : IRequest<Response>;

    public sealed record Response(IReadOnlyList<Suggestion> Items);

    public sealed class Handler(Suggester suggester) : IRequestHandler<Query, Response>
    {
        public ValueTask<Response> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new Response(suggester.Suggest(query.Text, query.Count)));
    }
}
