namespace Search.Api.Hosting;

/// <summary>
/// The host's own settings (configuration section "Search", the keys operators have always used): the write
/// API's shared secret and the publisher sites that may call the read API from their pages.
/// </summary>
public sealed class SearchHostOptions
{
    public const string SectionName = "Search";

    /// <summary>The write API's shared secret (<c>Search:ApiKey</c>); with none configured the write endpoints are off.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Origins allowed to embed the "More from" widget (<c>Search:AllowedOrigins</c>, e.g. <c>["https://www.gzeromedia.com"]</c>),
    /// as the browser sends them: scheme, host and port, no path. Empty means same-origin only: no CORS headers are ever sent.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>True when every entry is an absolute http(s) origin with nothing after the authority.</summary>
    public bool HasValidOrigins() => AllowedOrigins.All(IsOrigin);

    /// <summary>The origins in the form the browser's <c>Origin</c> header uses (no trailing slash).</summary>
    public IReadOnlyList<string> NormalisedOrigins() =>
        AllowedOrigins.Select(o => new Uri(o.Trim()).GetLeftPart(UriPartial.Authority)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
}
