using System.Buffers;

namespace Search.Core.Articles;

/// <summary>
/// The rule for article ids, the same in a corpus and through the API: 1 to <see cref="ArticleLimits.MaxIdChars"/>
/// of the URL-unreserved characters (RFC 3986: <c>A–Z a–z 0–9 . _ ~ -</c>), and not <c>.</c> or <c>..</c>. Such an id
/// is its own URL path segment, so <c>/api/articles/{id}</c> reaches every article and means the same to every client
/// and proxy; an id with <c>/</c>, <c>%</c> or a space could be stored but never fetched or deleted.
/// </summary>
public static class ArticleId
{
    /// <summary>The rule in words, for error messages.</summary>
    public static readonly string Rule = $"1 to {ArticleLimits.MaxIdChars} characters of A-Z, a-z, 0-9 and . _ ~ - (not '.' or '..')";

    private static readonly SearchValues<char> Allowed = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-");

    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= ArticleLimits.MaxIdChars }
        && !id.AsSpan().ContainsAnyExcept(Allowed)
        && id is not ("." or "..");
}
