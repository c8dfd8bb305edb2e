namespace Search.Core.Articles;

/// <summary>
/// The bounds of <see cref="ArticleLimits"/> and the url rule, checked by <see cref="ArticleParser.TryValidate"/>:
/// each error names the field and says which entry and which bound, so a CMS can fix the story it sent.
/// </summary>
internal static class ArticleBounds
{
    /// <summary>The first field of <paramref name="line"/> over its bound, or null.</summary>
    public static ArticleError? Check(ArticleLine line) =>
        TooLong(line.Title, "title", ArticleLimits.MaxTitleChars)
        ?? TooLong(line.Body, "body", ArticleLimits.MaxBodyChars)
        ?? TooLong(line.Summary, "summary", ArticleLimits.MaxSummaryChars)
        ?? TooLong(line.Section, "section", ArticleLimits.MaxSectionChars)
        ?? Url(line.Url)
        ?? Entries(line.Authors, "authors", ArticleLimits.MaxAuthors, ArticleLimits.MaxAuthorChars)
        ?? Entries(line.Tags, "tags", ArticleLimits.MaxTags, ArticleLimits.MaxTagChars)
        ?? Images(line.Images)
        ?? Related(line.Related);

    private static ArticleError? TooLong(string? value, string field, int max) =>
        value?.Length > max ? new ArticleError(field, $"'{field}' is longer than {max} characters ({value.Length})") : null;

    private static ArticleError? TooMany(int count, string field, int max) =>
        count > max ? new ArticleError(field, $"'{field}' has {count} entries; at most {max} are allowed") : null;

    private static ArticleError? Url(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var link = url.Trim();
        return TooLong(link, "url", ArticleLimits.MaxUrlChars)
            ?? (IsLink(link) ? null : new ArticleError("url", $"'url' must be an absolute http(s) URL or a path on the site starting with '/': '{ArticleParser.Shorten(link)}'"));
    }

    private static ArticleError? Entries(IReadOnlyList<string?>? values, string field, int maxCount, int maxChars)
    {
        if (values is null)
        {
            return null;
        }

        if (TooMany(values.Count, field, maxCount) is { } tooMany)
        {
            return tooMany;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i]?.Length > maxChars)
            {
                return new ArticleError(field, $"'{field}' entry {i + 1} is longer than {maxChars} characters ({values[i]!.Length})");
            }
        }

        return null;
    }

    private static ArticleError? Images(IReadOnlyList<ArticleImage?>? images)
    {
        if (images is null)
        {
            return null;
        }

        if (TooMany(images.Count, "images", ArticleLimits.MaxImages) is { } tooMany)
        {
            return tooMany;
        }

        for (var i = 0; i < images.Count; i++)
        {
            var part = images[i]?.Caption?.Length > ArticleLimits.MaxCaptionChars ? "caption" : images[i]?.Credit?.Length > ArticleLimits.MaxCaptionChars ? "credit" : null;
            if (part is not null)
            {
                return new ArticleError("images", $"'images' entry {i + 1} has a {part} longer than {ArticleLimits.MaxCaptionChars} characters");
            }
        }

        return null;
    }

    private static ArticleError? Related(IReadOnlyList<string?>? ids)
    {
        if (ids is null)
        {
            return null;
        }

        if (TooMany(ids.Count, "related", ArticleLimits.MaxRelated) is { } tooMany)
        {
            return tooMany;
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(ids[i]) && !ArticleId.IsValid(ids[i]!.Trim()))
            {
                return new ArticleError("related", $"'related' entry {i + 1} is not an article id ({ArticleId.Rule}): '{ArticleParser.Shorten(ids[i]!)}'");
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="url"/> may be an article's link: an absolute http(s) URL or a path on the site ("/world/story").</summary>
    public static bool IsLink(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Length == 0 || url.Any(char.IsControl))
        {
            return false;
        }

        if (url[0] == '/')
        {
            // "//host/x" and "/\host/x" name another host to a browser: not a path on this site.
            return url.Length == 1 || url[1] is not ('/' or '\\');
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0;
    }
}
