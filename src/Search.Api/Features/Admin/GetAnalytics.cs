using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Infrastructure;
using Search.Core.Analytics;

namespace Search.Api.Features.Admin;

/// <summary>
/// GET /api/admin/analytics: what readers searched for and clicked in a window (default the last 7 days): top queries,
/// queries that found nothing, click-through by result position, the "More from" panel's click-through, searches per
/// hour, and the store's fill. Needs the API key; 404 when analytics is off.
/// </summary>
public static class GetAnalytics
{
    private const int DefaultTop = 20;
    private const int MaxTop = 200;
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(7);

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder api) =>
        api.MapGet("/admin/analytics", Get)
            .WithName("GetAnalytics")
            .WithSummary("Search analytics for editors: top and zero-result queries, click-through by position and for the related panel, searches per hour.")
            .WithTags("Analytics")
            .AddEndpointFilter<ApiKeyFilter>();

    public static async Task<Results<Ok<Response>, NotFound, ValidationProblem>> Get(
        IMediator mediator, AnalyticsRecorder recorder, CancellationToken cancel, string? from = null, string? to = null, string? top = null)
    {
        if (!recorder.Enabled)
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        var end = QueryDates.Parse(to, "to", endOfDay: true, errors) ?? recorder.Time.GetUtcNow();
        var start = QueryDates.Parse(from, "from", endOfDay: false, errors) ?? end - DefaultWindow;
        var n = QueryNumbers.Parse(top, "top", DefaultTop, errors);
        if (!errors.ContainsKey("top") && n is < 1 or > MaxTop)
        {
            errors["top"] = [$"top must be between 1 and {MaxTop}."];
        }

        if (errors.Count == 0 && start > end)
        {
            errors["from"] = ["from must not be after to."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Some analytics parameters are not valid.");
        }

        // The window includes its last millisecond (a bare "to" date is the whole day); the store's upper bound is exclusive.
        return TypedResults.Ok(await mediator.Send(new Query(start, end.AddMilliseconds(1), n), cancel));
    }

    public sealed record Query(DateTimeOffset From, DateTimeOffset To, int Top) : IRequest<Response>;

    public sealed record Response(
        DateTimeOffset From,
        DateTimeOffset To,
        long Searches,
        long ZeroResultSearches,
        IReadOnlyList<AnalyticsReport.QueryCount> TopQueries,
        IReadOnlyList<AnalyticsReport.QueryCount> ZeroResultQueries,
        IReadOnlyList<AnalyticsReport.PositionRate> ClickThroughByPosition,
        AnalyticsReport.PanelRate Related,
        IReadOnlyList<AnalyticsReport.HourCount> SearchesPerHour,
        StoreState Store);

    /// <summary>Events held, the bound, and events dropped since start because the queue or the store was full.</summary>
    public sealed record StoreState(long Rows, long MaxRows, long DroppedQueueFull, long DroppedStoreFull, int RetentionDays);

    public sealed class Handler(AnalyticsReader reader, AnalyticsStore store, AnalyticsRecorder recorder, Microsoft.Extensions.Options.IOptions<AnalyticsOptions> options)
        : IRequestHandler<Query, Response>
    {
        public ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            var report = reader.Report(query.From, query.To, query.Top);
            var settings = options.Value;
            return ValueTask.FromResult(new Response(
                report.From,
                report.To,
                report.Searches,
                report.ZeroResultSearches,
                report.TopQueries,
                report.ZeroResultQueries,
                report.ClickThroughByPosition,
                report.Related,
                report.SearchesPerHour,
                new StoreState(store.Rows, settings.MaxRows, recorder.Dropped, store.Dropped, settings.RetentionDays)));
        }
    }
}
