namespace Search.Core.Searching;

/// <summary>A facet bucket: the filter value to send back, a label to show, and the number of matching articles.</summary>
public sealed record FacetValue(string Value, string Label, int Count);
