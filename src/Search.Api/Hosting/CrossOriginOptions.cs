namespace Search.Api.Hosting;

/// <summary>
/// Which publisher sites may call the read API from their pages (the embedded "More from" widget).
/// Configuration: <c>Search:AllowedOrigins</c>, e.g. <c>["https://www.gzeromedia.com"]</c>. Empty means
/// same-origin only: no CORS headers are ever sent.
/// </summary>
public sealed class CrossOriginOptions
{
    public const string SectionName = "Search";

    /// <summary>Origins as the browser sends them: scheme, host and port, no path.</summary>
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
