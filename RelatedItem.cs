namespace Search.Core.Related;

/// <summary>One "More from" story with its score and reasons; <see cref="Pinned"/> when an editor put it there.</summary>
public sealed record RelatedItem(
    string Id,
    string Title,
    string? Url,
    string? Section,
    DateTimeOffset? PublishedAt,
    float Score,
    RelatedReasons Reasons,
    bool Pinned);
