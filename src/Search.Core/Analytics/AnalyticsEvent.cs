namespace Search.Core.Analytics;

/// <summary>
/// One thing a reader did, with nothing that says who: a search (its normalised query, filters, total, and which positions
/// it showed), a result clicked at a position, the "More from" panel shown, or one of its items clicked at a position.
/// </summary>
public sealed record AnalyticsEvent
{
    /// <summary>One of <see cref="EventKinds"/>.</summary>
    public required string Kind { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The normalised query (<see cref="QueryText.Normalise"/>) of a search or of the search a result was clicked in.</summary>
    public string? Query { get; init; }

    /// <summary>A search's filters as a query string (<c>section=World&amp;sort=newest</c>), empty when none.</summary>
    public string? Filters { get; init; }

    /// <summary>A search's total matches; 0 is a search that found nothing as typed (even if its spelling correction did).</summary>
    public int? Total { get; init; }

    /// <summary>A click's position (1 = first result); for a search, the position of its first hit shown (11 on page 2 of 10).</summary>
    public int? Position { get; init; }

    /// <summary>Results a search showed, or items the "More from" panel showed.</summary>
    public int? Shown { get; init; }

    /// <summary>The clicked article, or the article whose "More from" panel was shown.</summary>
    public string? ArticleId { get; init; }
}
