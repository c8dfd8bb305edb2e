using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Hosting;
using Search.Api.Infrastructure;
using Search.Core.Analytics;
using Search.Core.Articles;
using Search.Core.Searching;

namespace Search.Api.Features.Analytics;

/// <summary>
/// POST /api/events: a reader's page says a result or a "More from" item was clicked (and where), or that the panel was
/// shown. Anonymous like the reads, so bounded like none of them: at most <see cref="MaxBodyBytes"/>, one event of a known
/// kind with checked fields (anything else is a 400), a rate per client (429), and a 204 whether the event was kept or
/// dropped by a full queue or store. Nothing about the caller (address, cookie, user agent) is recorded.
/// </summary>
public static class RecordEvent
{
    /// <summary>An event is a kind, a short query, a position and an id: a few hundred bytes at most.</summary>
    public const int MaxBodyBytes = 2 * 1024;

    /// <summary>A query longer than this is no search box's; the store keeps the first <see cref="QueryText.MaxChars"/> anyway.</summary>
    private const int MaxQueryChars = 1_000;

    private const int MaxShown = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Strict: an unknown field (a user id, say) or a number sent as a string is a 400, not quietly accepted.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        MaxDepth = 4,
    };

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder api) =>
        api.MapPost("/events", Post)
            .WithName("RecordEvent")
            .WithSummary("A click beacon from the reader's page: a result or a related item clicked (with its position), or the related panel shown.")
            .WithTags("Analytics")
            .Accepts<Beacon>("application/json", "text/plain")
            .RequireRateLimiting(RequestLimitsServiceCollectionExtensions.EventsPolicy)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>One event as the page sends it; <see cref="Kind"/> is one of <see cref="EventKinds.FromPages"/>.</summary>
    public sealed record Beacon(string? Kind, string? Query, int? Position, string? ArticleId, int? Shown);

    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> Post(
        HttpRequest request, AnalyticsRecorder recorder, CancellationToken cancel)
    {
        if (!recorder.Enabled)
        {
            return TypedResults.NotFound();
        }

        // navigator.sendBeacon posts a string as text/plain, which needs no CORS preflight from a publisher's page.
        if (!request.HasJsonContentType() && request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) != true)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "An event is JSON, sent as application/json or text/plain.");
        }

        if (await BoundedBody.ReadAsync(request, MaxBodyBytes, cancel) is not { } body)
        {
            return ApiProblems.BodyTooLarge(MaxBodyBytes, "An event");
        }

        Beacon? beacon;
        try
        {
            beacon = JsonSerializer.Deserialize<Beacon>(body.TrimStart('\uFEFF'), Json);
        }
        catch (JsonException ex)
        {
            return ApiProblems.Invalid("body", "The body must be one JSON object with kind, articleId and, by kind, position, query or shown: " + ex.Message, "The event is not valid.");
        }

        if (beacon is null)
        {
            return ApiProblems.Invalid("body", "The body must be one JSON event object.", "The event is not valid.");
        }

        var errors = Validate(beacon);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The event is not valid.");
        }

        recorder.TryRecord(new AnalyticsEvent
        {
            Kind = beacon.Kind!,
            At = recorder.Time.GetUtcNow(),
            Query = beacon.Kind == EventKinds.ResultClick ? QueryText.Normalise(beacon.Query) : null,
            Position = beacon.Position,
            Shown = beacon.Shown,
            ArticleId = beacon.ArticleId,
        });
        return TypedResults.NoContent();
    }

    private static Dictionary<string, string[]> Validate(Beacon beacon)
    {
        var errors = new Dictionary<string, string[]>();
        if (beacon.Kind is null || !EventKinds.FromPages.Contains(beacon.Kind))
        {
            errors["kind"] = [$"kind must be one of {string.Join(", ", EventKinds.FromPages.Order(StringComparer.Ordinal))}."];
            return errors;
        }

        if (!ArticleId.IsValid(beacon.ArticleId))
        {
            errors["articleId"] = [$"articleId is required: {ArticleId.Rule}."];
        }

        var clicked = beacon.Kind is EventKinds.ResultClick or EventKinds.RelatedClick;
        if (clicked && beacon.Position is not (>= 1 and <= SearchRequest.MaxWindow))
        {
            errors["position"] = [$"position is required for a click: 1 to {SearchRequest.MaxWindow}."];
        }
        else if (!clicked && beacon.Position is not null)
        {
            errors["position"] = ["position belongs to clicks only."];
        }

        if (beacon.Kind == EventKinds.RelatedView ? beacon.Shown is not (>= 1 and <= MaxShown) : beacon.Shown is not null)
        {
            errors["shown"] = [beacon.Kind == EventKinds.RelatedView ? $"shown is required for a panel view: 1 to {MaxShown}." : "shown belongs to related-view only."];
        }

        if (beacon.Query is { Length: > MaxQueryChars })
        {
            errors["query"] = [$"query must be at most {MaxQueryChars} characters."];
        }
        else if (beacon.Query is not null && beacon.Kind != EventKinds.ResultClick)
        {
            errors["query"] = ["query belongs to result-click only."];
        }

        return errors;
    }
}
