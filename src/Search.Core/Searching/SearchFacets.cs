namespace Search.Core.Searching;

/// <summary>Facet counts over all matches of a query (not just the page shown).</summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Section, IReadOnlyList<FacetValue> Entity)
{
    public static SearchFacets Empty { get; } = new([], []);
}
