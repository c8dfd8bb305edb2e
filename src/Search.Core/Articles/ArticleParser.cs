using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace Search.Core.Articles;

/// <summary>
/// Parses and validates one article JSON object (a corpus line or an API body). Never throws on
/// bad input: it says which field is wrong, so a corpus can report the line and an API a 400.
/// </summary>
public static class ArticleParser
{
    public static bool TryParse(string json, out Article? article, out ArticleError? error)
    {
        article = null;
        return TryRead(json, out var line, out error) && TryValidate(line, out article, out error);
    }

    /// <summary>Reads the JSON without validating it, so a caller can amend the line (an API path's id) before <see cref="TryValidate"/>.</summary>
    public static bool TryRead(string json, [NotNullWhen(true)] out ArticleLine? line, out ArticleError? error)
    {
        try
        {
            line = JsonSerializer.Deserialize<ArticleLine>(json, ArticleJson.Options);
        }
        catch (JsonException ex)
        {
            // The serializer says "could not be converted" for a well-formed value of the wrong type; anything else is broken JSON.
            var wrongType = ex.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);
            var field = wrongType && ex.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : null;
            error = new ArticleError(field, field is null ? $"broken JSON: {FirstLine(ex.Message)}" : $"'{field}' has the wrong type");
            line = null;
            return false;
        }

        error = line is null ? new ArticleError(null, "the line is not a JSON object") : null;
        return line is not null;
    }

    /// <summary>
    /// Validates an article that arrived already deserialized (an API body whose id comes from the path): the
    /// required fields, the id rule (<see cref="ArticleId"/>), the bounds (<see cref="ArticleLimits"/>), the url and the date.
    /// </summary>
    public static bool TryValidate(ArticleLine line, out Article? article, out ArticleError? error)
    {
        ArgumentNullException.ThrowIfNull(line);
        article = null;
        error = Missing(line.Id, "id") ?? Missing(line.Title, "title") ?? Missing(line.Body, "body")
            ?? (ArticleId.IsValid(line.Id) ? null : new ArticleError("id", $"'id' must be {ArticleId.Rule}"))
            ?? ArticleBounds.Check(line);
        DateTimeOffset? published = null;
        if (error is null && !string.IsNullOrWhiteSpace(line.PublishedAt))
        {
            if (DateTimeOffset.TryParse(line.PublishedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                published = parsed.ToUniversalTime();
            }
            else
            {
                error = new ArticleError("publishedAt", $"'publishedAt' is not an ISO-8601 date: '{Shorten(line.PublishedAt)}'");
            }
        }

        if (error is not null)
        {
            return false;
        }

        article = new Article
        {
            Id = line.Id!,
            Title = line.Title!.Trim(),
            Body = line.Body!,
            Url = string.IsNullOrWhiteSpace(line.Url) ? null : line.Url.Trim(),
            Section = string.IsNullOrWhiteSpace(line.Section) ? null : line.Section.Trim(),
            Authors = Clean(line.Authors),
            PublishedAt = published,
            Summary = string.IsNullOrWhiteSpace(line.Summary) ? null : line.Summary,
            Images = line.Images?.OfType<ArticleImage>().Where(i => (!string.IsNullOrWhiteSpace(i.Caption) || !string.IsNullOrWhiteSpace(i.Credit))).ToArray() ?? [],
            Tags = Clean(line.Tags),
            Related = Clean(line.Related),
            ExcludeFromRelated = line.ExcludeFromRelated ?? false,
        };
        return true;
    }

    private static ArticleError? Missing(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? new ArticleError(field, $"'{field}' is required") : null;

    private static string[] Clean(IReadOnlyList<string?>? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToArray() ?? [];

    private static string FirstLine(string message) => message.Split('\n')[0];

    /// <summary>The start of a value quoted in a message, never cut between the halves of a surrogate pair.</summary>
    internal static string Shorten(string value) =>
        value.Length <= 40 ? value : value[..(char.IsHighSurrogate(value[39]) ? 39 : 40)] + "…";
}
