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
    bool Corrected);
