using Mediator;
using Search.Core.Searching;
using Search.Core.Suggestions;

namespace Search.Api.Features.Suggest;

/// <summary>GET /api/suggest: completions for the search box as the reader types.</summary>
public static class SuggestTerms
{
    public sealed record Query(string? Text, int Count) : IRequest<Response>;

    public sealed record Response(IReadOnlyList<Suggestion> Items);

    public sealed class Handler(Suggester suggester) : IRequestHandler<Query, Response>
    {
        public ValueTask<Response> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new Response(suggester.Suggest(query.Text, query.Count)));
    }
}
