namespace Search.Core.Searching;

/// <summary>One search-box request. <see cref="Validate"/> names every bad parameter at once.</summary>
public sealed record SearchRequest
{
    public const int MaxSize = 100;

    /// <summary>Deepest result reachable by paging; beyond it a reader refines the query instead.</summary>
    public const int MaxWindow = 10_000;

    public string? Query { get; init; }
    public string? Section { get; init; }
    public string? Author { get; init; }
    public string? Entity { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;

    /// <summary>Facet values to return per facet; 0 skips facet counting altogether.</summary>
    public int FacetSize { get; init; } = 10;

    /// <summary>Whether to build highlighted snippets (the evaluation turns them off).</summary>
    public bool Snippets { get; init; } = true;

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Size is < 1 or > MaxSize)
        {
            errors["size"] = [$"size must be between 1 and {MaxSize}."];
        }

        if (Page < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }
        else if (Size is >= 1 and <= MaxSize && (long)Page * Size > MaxWindow)
        {
            errors["page"] = [$"page × size must not exceed {MaxWindow}; narrow the query or add filters."];
        }

        if (From is not null && To is not null && From > To)
        {
            errors["from"] = ["from must not be after to."];
        }

        return errors;
    }
}
