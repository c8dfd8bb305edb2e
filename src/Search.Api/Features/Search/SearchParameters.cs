using System.Globalization;
using Search.Api.Infrastructure;
using Search.Core.Articles;
using Search.Core.Searching;

namespace Search.Api.Features.Search;

/// <summary>
/// Translates the raw query string of GET /api/search into a <see cref="SearchRequest"/>, collecting
/// every parameter error (named, with what is accepted) instead of stopping at the first. Every text is
/// bounded, so one request's work, cache key and echoed query are too.
/// </summary>
public static class SearchParameters
{
    /// <summary>
    /// Longer filter values are refused: they are far above any section or author an article may have
    /// (<see cref="ArticleLimits"/>: 200) and any entity id, so they could only match nothing.
    /// </summary>
    public const int MaxFilterChars = 1_000;

    public static SearchRequest Parse(
        string? q, string? section, string? author, string? entity, string? from, string? to,
        string? sort, string? page, string? size, Dictionary<string, string[]> errors)
    {
        var request = new SearchRequest
        {
            Query = Text(q),
            Section = Filter(section, "section", errors),
            Author = Filter(author, "author", errors),
            Entity = Filter(entity, "entity", errors),
            From = QueryDates.Parse(from, "from", endOfDay: false, errors),
            To = QueryDates.Parse(to, "to", endOfDay: true, errors),
            Sort = Sort(sort, errors),
            Page = QueryNumbers.Parse(page, "page", 1, errors),
            Size = QueryNumbers.Parse(size, "size", 10, errors),
        };
        foreach (var (key, value) in request.Validate())
        {
            errors.TryAdd(key, value);
        }

        return request;
    }

    /// <summary>
    /// Typed text is never an error: past <see cref="UserQueryParser.MaxQueryChars"/> it is cut (the parser reads no further
    /// anyway), so a pasted 100 KB page is searched, cached and echoed as its first 1,000 characters.
    /// </summary>
    private static string? Text(string? q) =>
        q is null || q.Length <= UserQueryParser.MaxQueryChars
            ? q
            : q[..(char.IsHighSurrogate(q[UserQueryParser.MaxQueryChars - 1]) ? UserQueryParser.MaxQueryChars - 1 : UserQueryParser.MaxQueryChars)];

    private static string? Filter(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (value?.Length > MaxFilterChars)
        {
            errors[name] = [$"{name} must be at most {MaxFilterChars} characters."];
            return null;
        }

        return value;
    }

    private static SearchSort Sort(string? value, Dictionary<string, string[]> errors)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "relevance":
                return SearchSort.Relevance;
            case "newest" or "date":
                return SearchSort.Newest;
            default:
                errors["sort"] = ["sort must be 'relevance' or 'newest'."];
                return SearchSort.Relevance;
        }
    }
}
