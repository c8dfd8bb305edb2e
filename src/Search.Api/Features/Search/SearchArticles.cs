using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Infrastructure;
using Search.Core.Analytics;
using Search.Core.Searching;

namespace Search.Api.Features.Search;

/// <summary>GET /api/search: the search box.</summary>
public static class SearchArticles
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder api) =>
        api.MapGet("/search", Get)
            .WithName("SearchArticles")
            .WithSummary("Ranked articles for typed text, with filters, facets, snippets and spelling help.")
            .WithTags("Search");

    /// <summary>Every parameter binds as text, so each bad one is named in a single 400 (<see cref="SearchParameters"/>).</summary>
    public static async Task<Results<Ok<Response>, ValidationProblem>> Get(
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

        return TypedResults.Ok(await mediator.Send(new Query(request), cancel));
    }

    public sealed record Query(SearchRequest Request) : IRequest<Response>, ITimedRequest
    {
        public RequestTimer Timer { get; } = RequestTimer.Start();
    }

    /// <param name="Total">The number of matches; with <paramref name="TotalRelation"/> "gte", at least this many.</param>
    /// <param name="TotalRelation">
    /// "eq" when <paramref name="Total"/> is exact, "gte" when the search stopped counting past <c>Search:Counting:ExactUpTo</c>
    /// matches (10,000 by default; as Elasticsearch's <c>hits.total.relation</c>). The hits are exact either way.
    /// </param>
    /// <param name="FacetsApproximate">True when the facet counts cover only the matches counted, not all of them.</param>
    public sealed record Response(
        string Query,
        int Total,
        string TotalRelation,
        int Page,
        int Size,
        double TookMs,
        IReadOnlyList<SearchHit> Hits,
        Facets Facets,
        bool FacetsApproximate,
        string? DidYouMean,
        bool Corrected);

    /// <summary>Values of <see cref="Response.TotalRelation"/>.</summary>
    public static class TotalRelations
    {
        public const string Equal = "eq";
        public const string AtLeast = "gte";
    }

    public sealed record Facets(IReadOnlyList<FacetValue> Section, IReadOnlyList<FacetValue> Entity);

    /// <summary>Answers, and queues the search for analytics (never waiting: a full queue drops it).</summary>
    public sealed class Handler(SearchService search, AnalyticsRecorder analytics) : IRequestHandler<Query, Response>
    {
        public ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            var result = search.Search(query.Request);
            analytics.RecordSearch(query.Request, result);
            return ValueTask.FromResult(new Response(
                result.Query,
                result.Total,
                result.TotalIsLowerBound ? TotalRelations.AtLeast : TotalRelations.Equal,
                result.Page,
                result.Size,
                query.Timer.ElapsedMs,
                result.Hits,
                new Facets(result.Facets.Section, result.Facets.Entity),
                result.FacetsApproximate,
                result.DidYouMean,
                result.Corrected));
        }
    }
}
