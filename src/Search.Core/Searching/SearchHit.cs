namespace Search.Core.Searching;

/// <summary>One result: what the results list shows. <see cref="Snippet"/> is HTML-escaped with <c>&lt;mark&gt;</c> highlights.</summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string? Url,
    string? Section,
    IReadOnlyList<string> Authors,
    DateTimeOffset? PublishedAt,
    float Score,
    string Snippet);
