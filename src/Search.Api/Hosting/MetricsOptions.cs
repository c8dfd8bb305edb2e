using Search.Core.Configuration;

namespace Search.Api.Hosting;

/// <summary>
/// The Prometheus scrape endpoint (configuration section <c>Search:Metrics</c>): on, at <c>/metrics</c>, behind the API
/// key by default, since request rates and index sizes are the operators' business, not the readers'. With
/// <see cref="RequireApiKey"/> on and no <c>Search:ApiKey</c> configured it answers 404, as the write endpoints do.
/// </summary>
public sealed class MetricsOptions : IValidatedOptions
{
    public const string SectionName = "Search:Metrics";

    /// <summary>Serve the scrape endpoint; off, nothing is collected for it either.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Ask for the <c>X-Api-Key</c> header; turn off only where the port is not reachable from outside.</summary>
    public bool RequireApiKey { get; set; } = true;

    /// <summary>Where Prometheus scrapes.</summary>
    public string Path { get; set; } = "/metrics";

    public IEnumerable<string> Problems()
    {
        if (Enabled && (string.IsNullOrWhiteSpace(Path) || !Path.StartsWith('/') || Path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)))
        {
            yield return $"{SectionName}:Path must start with / and lie outside /api/; it is \"{Path}\".";
        }
    }
}
