namespace Search.Api.Hosting;

/// <summary>The write API's shared secret (<c>Search:ApiKey</c>); with none configured the write endpoints are off.</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Search";

    public string? ApiKey { get; set; }
}
