namespace Search.Evaluation;

/// <summary>One document of a BEIR corpus (<c>_id</c>, <c>title</c>, <c>text</c>); the title may be empty.</summary>
public sealed record BeirDocument(string Id, string Title, string Text);
