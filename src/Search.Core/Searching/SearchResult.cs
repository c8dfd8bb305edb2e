namespace Search.Core.Searching;

/// <summary>
/// A page of results. <see cref="DidYouMean"/> is a corrected query when a term looks misspelled;
/// <see cref="Corrected"/> is true when the hits are for that correction because the query as typed found nothing.
/// </summary>
public sealed record SearchResult(
    string Query,
    int Total,
    int Page,
    int Size,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    string? DidYouMean,
    bool Corrected)
{
    /// <summary>
    /// True when the query stopped counting past <see cref="CountingOptions.ExactUpTo"/> matches: there are at least
    /// <see cref="Total"/> of them ("10,000+"). The hits are exact either way.
    /// </summary>
    public bool TotalIsLowerBound { get; init; }

    /// <summary>True when the facet counts cover only the matches counted before the query stopped counting.</summary>
    public bool FacetsApproximate { get; init; }
}
