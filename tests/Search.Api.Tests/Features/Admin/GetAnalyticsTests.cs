using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Search.Api.Tests.Features.Analytics;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Features.Admin;

public sealed class GetAnalyticsTests
{
    [Fact]
    public async Task Searches_are_recorded_normalised_with_those_that_found_nothing_flagged()
    {
        await using var factory = new AnalyticsApiFactory();
        var client = await factory.ReadyClientAsync();
        foreach (var q in new[] { "Putin", " putin ", "zzqqxx nothing", "putin&page=2" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=" + q)).StatusCode);
        }

        var report = await client.ReportWhenAsync(r => r.GetProperty("searches").GetInt64() == 3);

        Assert.Equal(1, report.GetProperty("zeroResultSearches").GetInt64());
        var top = report.GetProperty("topQueries").EnumerateArray().ToDictionary(q => q.GetProperty("query").GetString()!, q => (q.GetProperty("searches").GetInt64(), q.GetProperty("zeroResults").GetInt64()));
        Assert.Equal((2L, 0L), top["putin"]);
        Assert.Equal((1L, 1L), top["zzqqxx nothing"]);
        Assert.Equal("zzqqxx nothing", Assert.Single(report.GetProperty("zeroResultQueries").EnumerateArray()).GetProperty("query").GetString());
        var hour = Assert.Single(report.GetProperty("searchesPerHour").EnumerateArray());
        Assert.Equal((3L, 1L), (hour.GetProperty("searches").GetInt64(), hour.GetProperty("zeroResults").GetInt64()));
    }

    [Fact]
    public async Task The_report_needs_the_key_and_without_a_configured_key_does_not_exist()
    {
        await using var keyed = new AnalyticsApiFactory();
        var client = await keyed.ReadyClientAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/admin/analytics")).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/admin/analytics") { Headers = { { "X-Api-Key", WriteApi.Key + "x" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);

        await using var keyless = new SearchApiFactory();
        Assert.Equal(HttpStatusCode.NotFound, (await (await keyless.ReadyClientAsync()).GetAsync("/api/admin/analytics")).StatusCode);
    }

    [Theory]
    [InlineData("?from=yesterday", "from")]
    [InlineData("?to=2026-13-01", "to")]
    [InlineData("?from=2026-02-01&to=2026-01-01", "from")]
    [InlineData("?top=0", "top")]
    [InlineData("?top=x", "top")]
    public async Task Bad_parameters_are_a_400_naming_them(string query, string field)
    {
        await using var factory = new AnalyticsApiFactory();
        var client = await factory.AuthorizedClientAsync();

        var response = await client.GetAsync("/api/admin/analytics" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_window_in_the_past_holds_none_of_todays_searches()
    {
        await using var factory = new AnalyticsApiFactory();
        var client = await factory.ReadyClientAsync();
        await client.GetAsync("/api/search?q=putin");
        await client.ReportWhenAsync(r => r.GetProperty("searches").GetInt64() == 1);

        var past = await client.ReportAsync("?from=2020-01-01&to=2020-01-31");

        Assert.Equal(0, past.GetProperty("searches").GetInt64());
        Assert.Equal("2020-01-01T00:00:00+00:00", past.GetProperty("from").GetString());
    }

    [Fact]
    public async Task A_full_store_drops_further_events_and_the_report_and_metrics_say_so()
    {
        await using var factory = new AnalyticsApiFactory(("Search:Analytics:MaxRows", "2"), ("Search:Metrics:RequireApiKey", "false"));
        var client = await factory.ReadyClientAsync();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await client.BeaconAsync("""{"kind":"related-click","articleId":"a","position":1}""")).StatusCode);
        }

        var report = await client.ReportWhenAsync(r => r.GetProperty("store").GetProperty("droppedStoreFull").GetInt64() == 3);

        Assert.Equal(2, report.GetProperty("store").GetProperty("rows").GetInt64());
        Assert.Equal(2, report.GetProperty("related").GetProperty("clicks").GetInt64());
        var metrics = await client.GetStringAsync("/metrics");
        Assert.Contains("search_engine_analytics_events_total{", metrics);
        Assert.Contains("outcome=\"store_full\"", metrics);
    }
}
