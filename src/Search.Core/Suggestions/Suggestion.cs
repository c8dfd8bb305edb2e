namespace Search.Core.Suggestions;

/// <summary>A completion for the search box: <see cref="Kind"/> is "query" (a popular search), "term", "title" or "entity".</summary>
public sealed record Suggestion(string Text, string Kind);
