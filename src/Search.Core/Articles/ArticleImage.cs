namespace Search.Core.Articles;

/// <summary>A photo attached to an article: its caption and its credit line ("Kremlin/EYEPRESS").</summary>
public sealed record ArticleImage(string? Caption, string? Credit);
