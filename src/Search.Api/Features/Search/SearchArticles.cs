using Mediator;
using Search.Api.Infrastructure;
using Search.Core.Searching;

namespace Search.Api.Features.Search;

/// <summary>GET /api/search: the search box.</summary>
public static class SearchArticles
{
    public sealed record Query(SearchRequest Request) : IRequest<Response>;

    public sealed record Response(
        string Query,
        int Total,
        int Page,
        int Size,
        double TookMs,
        IReadOnlyList<SearchHit> Hits,
        Facets Facets,
        string? DidYouMean,
        bool Corrected) : ITimedResponse<Response>
    {
        public Response WithTookMs(double tookMs) => this with { TookMs = tookMs };
    }

    public sealed record Facets(IReadOnlyList<FacetValue> Section, IReadOnlyList<FacetValue> Entity);

    public sealed class Handler(SearchService search) : IRequestHandler<Query, Response>
    {
        public ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            var result = search.Search(query.Request);
            return ValueTask.FromResult(new Response(
                result.Query,
                result.Total,
                result.Page,
                result.Size,
                0,
                result.Hits,
                new Facets(result.Facets.Section, result.Facets.Entity),
                result.DidYouMean,
                result.Corrected));
        }
    }
}
