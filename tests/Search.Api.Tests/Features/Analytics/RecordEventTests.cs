using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Search.Api.Tests.Support;
using Search.Core.Indexing;

namespace Search.Api.Tests.Features.Analytics;

public sealed class RecordEventTests
{
    private const string Article = "kazakhstan-the-west-wing-in-a-g-zero-world";

    [Fact]
    public async Task A_click_beacon_is_204_and_shows_in_the_editors_report()
    {
        await using var factory = new AnalyticsApiFactory();
        var client = await factory.ReadyClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=Kazakhstan")).StatusCode);

        var response = await client.BeaconAsync($$"""{"kind":"result-click","query":"Kazakhstan","position":1,"articleId":"{{Article}}"}""");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.BeaconAsync($$"""{"kind":"related-view","articleId":"{{Article}}","shown":5}""", "application/json")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.BeaconAsync($$"""{"kind":"related-click","articleId":"{{Article}}","position":2}""")).StatusCode);

        var report = await client.ReportWhenAsync(r => r.GetProperty("related").GetProperty("clicks").GetInt64() == 1 && r.GetProperty("searches").GetInt64() == 1);

        var first = report.GetProperty("clickThroughByPosition").EnumerateArray().First();
        Assert.Equal((1, 1L, 1L), (first.GetProperty("position").GetInt32(), first.GetProperty("views").GetInt64(), first.GetProperty("clicks").GetInt64()));
        Assert.Equal(1.0, report.GetProperty("related").GetProperty("rate").GetDouble());
        Assert.Equal("kazakhstan", report.GetProperty("topQueries")[0].GetProperty("query").GetString());
    }

    [Fact]
    public async Task A_flood_from_one_client_gets_429_with_retry_after_and_its_excess_is_not_recorded()
    {
        await using var factory = new AnalyticsApiFactory(("Search:Limits:EventsPerClientPerMinute", "3"));
        var client = await factory.ReadyClientAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.BeaconAsync($$"""{"kind":"related-click","articleId":"{{Article}}","position":1}""")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.NoContent, 3), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)], statuses);
        var refused = await client.BeaconAsync($$"""{"kind":"related-click","articleId":"{{Article}}","position":1}""");
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var report = await client.ReportWhenAsync(r => r.GetProperty("related").GetProperty("clicks").GetInt64() >= 3);
        Assert.Equal(3, report.GetProperty("related").GetProperty("clicks").GetInt64());
        // Searches are not limited by the beacons' policy.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=putin")).StatusCode);
    }

    [Fact]
    public async Task With_analytics_off_events_and_the_report_are_404()
    {
        await using var factory = new AnalyticsApiFactory(("Search:Analytics:Enabled", "false"));
        var client = await factory.ReadyClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.BeaconAsync($$"""{"kind":"related-click","articleId":"{{Article}}","position":1}""")).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/analytics") { Headers = { { "X-Api-Key", WriteApi.Key } } };
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=putin")).StatusCode);
        Assert.Empty(Directory.GetFiles(factory.Services.GetRequiredService<IOptions<IndexingOptions>>().Value.IndexPath, "analytics.db*"));
    }
}
