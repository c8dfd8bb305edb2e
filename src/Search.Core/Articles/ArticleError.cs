namespace Search.Core.Articles;

/// <summary>Why an article was refused; <see cref="Field"/> names the offending field when there is one.</summary>
public sealed record ArticleError(string? Field, string Message);
