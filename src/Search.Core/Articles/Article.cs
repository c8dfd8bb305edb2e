namespace Search.Core.Articles;

/// <summary>
/// One news article as it arrives in the corpus (JSON Lines, camelCase) or through the API.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public string? Url { get; init; }
    public string? Section { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<ArticleImage> Images { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Editorial pins: ids shown first in this article's "More from" list.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>Editorial control: never offer this article as a related story.</summary>
    public bool ExcludeFromRelated { get; init; }
}
