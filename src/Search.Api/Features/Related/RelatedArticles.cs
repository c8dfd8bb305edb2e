using Mediator;
using Search.Api.Infrastructure;
using Search.Core.Related;

namespace Search.Api.Features.Related;

/// <summary>GET /api/articles/{id}/related: the "More from" list under an article.</summary>
public static class RelatedArticles
{
    public sealed record Query(string Id, int Count) : IRequest<Response?>;

    public sealed record Response(string Id, IReadOnlyList<RelatedItem> Items, double TookMs) : ITimedResponse<Response?>
    {
        public Response? WithTookMs(double tookMs) => this with { TookMs = tookMs };
    }

    public sealed class Handler(RelatedFinder related) : IRequestHandler<Query, Response?>
    {
        public ValueTask<Response?> Handle(Query query, CancellationToken cancellationToken)
        {
            var items = related.ForArticle(query.Id, query.Count);
            return ValueTask.FromResult(items is null ? null : new Response(query.Id, items, 0));
        }
    }
}
