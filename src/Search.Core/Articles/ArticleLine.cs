namespace Search.Core.Articles;

/// <summary>
/// The article JSON as it arrives, before validation: every field optional and the date a string,
/// so a missing field or a bad date becomes a named error instead of a serializer exception.
/// </summary>
public sealed record ArticleLine
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Body { get; init; }
    public string? Url { get; init; }
    public string? Section { get; init; }
    public IReadOnlyList<string?>? Authors { get; init; }
    public string? PublishedAt { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<ArticleImage?>? Images { get; init; }
    public IReadOnlyList<string?>? Tags { get; init; }
    public IReadOnlyList<string?>? Related { get; init; }
    public bool? ExcludeFromRelated { get; init; }
}
