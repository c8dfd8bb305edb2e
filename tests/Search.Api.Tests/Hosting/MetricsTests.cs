using System.Net;
using System.Text.RegularExpressions;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Hosting;

public sealed partial class MetricsTests
{
    [Fact]
    public async Task Metrics_after_searches_and_a_related_list_show_requests_searches_caches_and_the_index()
    {
        await using var factory = new SearchApiFactory(apiKey: WriteApi.Key);
        var client = await factory.AuthorizedClientAsync();
        foreach (var q in new[] { "kazakhstan", "kazakhstan", "ukraine" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=" + q)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/articles/kazakhstan-the-west-wing-in-a-g-zero-world/related")).StatusCode);

        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.True(Sum(text, "http_server_request_duration_seconds_count") > 0, text);
        Assert.True(Sum(text, "search_engine_search_duration_milliseconds_count") >= 3, text);
        Assert.True(Sum(text, "search_engine_related_duration_milliseconds_count") >= 1, text);
        Assert.True(Sum(text, "search_engine_stage_duration_milliseconds_count", "stage=\"snippets\"") > 0, text);
        Assert.True(Sum(text, "search_engine_cache_lookups_total", "outcome=\"hit\"") > 0, text);
        Assert.True(Sum(text, "search_engine_index_documents") > 0, text);
        Assert.True(Sum(text, "search_engine_build_articles_total") > 0, text);
        Assert.Contains("dotnet_gc_collections_total", text);
    }

    [Fact]
    public async Task Metrics_without_the_key_are_401_and_without_a_configured_key_404()
    {
        await using var keyed = new SearchApiFactory(apiKey: WriteApi.Key);
        var client = await keyed.ReadyClientAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/metrics")).StatusCode);
        var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { { "X-Api-Key", WriteApi.Key + "x" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);

        await using var keyless = new SearchApiFactory();
        Assert.Equal(HttpStatusCode.NotFound, (await (await keyless.ReadyClientAsync()).GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Metrics_can_be_served_without_the_key_or_not_at_all()
    {
        await using var open = new OpenMetricsFactory("true");
        Assert.Equal(HttpStatusCode.OK, (await (await open.ReadyClientAsync()).GetAsync("/metrics")).StatusCode);

        await using var off = new OpenMetricsFactory("false");
        Assert.Equal(HttpStatusCode.NotFound, (await (await off.ReadyClientAsync()).GetAsync("/metrics")).StatusCode);
    }

    /// <summary>The sum of a metric's samples whose labels contain <paramref name="label"/>.</summary>
    private static double Sum(string exposition, string metric, string label = "") =>
        exposition.Split('\n')
            .Select(line => Sample().Match(line))
            .Where(m => m.Success && m.Groups["name"].Value == metric && m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            .Sum(m => double.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>\S+)")]
    private static partial Regex Sample();

    /// <summary>A host with the key configured but <c>Search:Metrics:RequireApiKey</c> off, and metrics on or off.</summary>
    private sealed class OpenMetricsFactory(string enabled) : SearchApiFactory(apiKey: WriteApi.Key)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Search:Metrics:RequireApiKey", "false");
            builder.UseSetting("Search:Metrics:Enabled", enabled);
        }
    }
}
