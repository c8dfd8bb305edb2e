namespace Search.Core.Analytics;

/// <summary>The kinds of <see cref="AnalyticsEvent"/>. Searches are recorded by the server; the page sends only the other three.</summary>
public static class EventKinds
{
    public const string Search = "search";
    public const string ResultClick = "result-click";
    public const string RelatedView = "related-view";
    public const string RelatedClick = "related-click";

    /// <summary>What a reader's page may send to <c>POST /api/events</c>.</summary>
    public static readonly IReadOnlySet<string> FromPages = new HashSet<string>(StringComparer.Ordinal) { ResultClick, RelatedView, RelatedClick };
}
