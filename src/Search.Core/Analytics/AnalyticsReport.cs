namespace Search.Core.Analytics;

/// <summary>
/// What an editor sees for a time window: searches (first pages only, so paging through one search counts once), the
/// most searched queries, those that found nothing, click-through by result position, the "More from" panel's
/// click-through, and searches per hour.
/// </summary>
public sealed record AnalyticsReport(
    DateTimeOffset From,
    DateTimeOffset To,
    long Searches,
    long ZeroResultSearches,
    IReadOnlyList<AnalyticsReport.QueryCount> TopQueries,
    IReadOnlyList<AnalyticsReport.QueryCount> ZeroResultQueries,
    IReadOnlyList<AnalyticsReport.PositionRate> ClickThroughByPosition,
    AnalyticsReport.PanelRate Related,
    IReadOnlyList<AnalyticsReport.HourCount> SearchesPerHour)
{
    /// <summary>A normalised query, how often it was searched, and how many of those searches found nothing.</summary>
    public sealed record QueryCount(string Query, long Searches, long ZeroResults);

    /// <summary>Result pages that showed <see cref="Position"/>, clicks on it, and clicks ÷ views.</summary>
    public sealed record PositionRate(int Position, long Views, long Clicks, double Rate);

    /// <summary>"More from" panels shown, clicks on their items, clicks ÷ panels.</summary>
    public sealed record PanelRate(long Views, long Clicks, double Rate);

    /// <summary>Searches in the hour starting at <see cref="Hour"/> (UTC).</summary>
    public sealed record HourCount(DateTimeOffset Hour, long Searches, long ZeroResults);

    public static double Rate(long clicks, long views) => views == 0 ? 0 : Math.Round((double)clicks / views, 4);
}
