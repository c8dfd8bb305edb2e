using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Writes;

public sealed class WriteEndpointTests : IDisposable
{
    private const string Key = "test-key-0123456789";
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "search-api-writes", Guid.NewGuid().ToString("N"));

    private static readonly object Volcano = new
    {
        title = "Volcano erupts near Reykjavik",
        body = "A volcano erupted on the Reykjanes peninsula in Iceland, forcing evacuations near Grindavik.",
        section = "World",
        publishedAt = "2025-01-12T08:00:00Z",
    };

    [Fact]
    public async Task Without_a_configured_key_the_write_endpoints_are_off()
    {
        await using var factory = new SearchApiFactory(_indexPath);
        var client = await factory.ReadyClientAsync();
        client.DefaultRequestHeaders.Add("X-Api-Key", "anything");

        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/articles/x", Volcano)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("/api/articles/x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/admin/reindex", null)).StatusCode);
    }

    [Fact]
    public async Task Missing_or_wrong_key_is_401()
    {
        await using var factory = new SearchApiFactory(_indexPath, Key);
        var client = await factory.ReadyClientAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PutAsJsonAsync("/api/articles/x", Volcano)).StatusCode);
        var wrong = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/x") { Headers = { { "X-Api-Key", Key + "x" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task A_written_article_is_searchable_and_related_at_once_and_a_delete_removes_it()
    {
        await using var factory = new SearchApiFactory(_indexPath, Key);
        var client = await Authorized(factory);

        var put = await client.PutAsJsonAsync("/api/articles/volcano-iceland", Volcano);
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(1, await Total(client, "Grindavik"));
        var article = await client.GetFromJsonAsync<JsonElement>("/api/articles/volcano-iceland");
        Assert.Equal("volcano-iceland", article.GetProperty("id").GetString());

        var replaced = await client.PutAsJsonAsync("/api/articles/volcano-iceland", new { title = "Volcano calms", body = "The eruption near Grindavik has stopped." });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("Volcano calms", (await client.GetFromJsonAsync<JsonElement>("/api/articles/volcano-iceland")).GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/articles/volcano-iceland")).StatusCode);
        Assert.Equal(0, await Total(client, "Grindavik"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("/api/articles/volcano-iceland")).StatusCode);

        // A deleted corpus article leaves related lists too.
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/articles/why-trumps-return-means-putin-has-finally-won")).StatusCode);
        var related = await client.GetFromJsonAsync<JsonElement>("/api/articles/kazakhstan-the-west-wing-in-a-g-zero-world/related");
        Assert.DoesNotContain(related.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == "why-trumps-return-means-putin-has-finally-won");
    }

    [Fact]
    public async Task Invalid_article_is_400_naming_the_field_and_an_oversized_body_is_413()
    {
        await using var factory = new SearchApiFactory(_indexPath, Key);
        var client = await Authorized(factory);

        var missing = await client.PutAsJsonAsync("/api/articles/x", new { body = "no title" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("title", out _));

        var badDate = await client.PutAsJsonAsync("/api/articles/x", new { title = "t", body = "b", publishedAt = "soon" });
        Assert.True((await badDate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("publishedAt", out _));

        var huge = new StringContent(JsonSerializer.Serialize(new { title = "t", body = new string('x', 1_100_000) }), Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.PutAsync("/api/articles/x", huge)).StatusCode);
    }

    [Fact]
    public async Task Writes_survive_a_restart_and_a_full_rebuild()
    {
        await using (var first = new SearchApiFactory(_indexPath, Key))
        {
            var client = await Authorized(first);
            Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync("/api/articles/volcano-iceland", Volcano)).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/articles/supreme-court-appears-poised-to-uphold-tiktok-ban")).StatusCode);
        }

        await using var second = new SearchApiFactory(_indexPath, Key);
        var again = await Authorized(second);
        Assert.Equal(1, await Total(again, "Grindavik"));
        Assert.Equal(0, await Total(again, "TikTok"));

        var before = (await again.GetStringAsync("/health/ready"));
        Assert.Equal(HttpStatusCode.Accepted, (await again.PostAsync("/api/admin/reindex", null)).StatusCode);
        await WaitUntil(async () => await again.GetStringAsync("/health/ready") != before);

        Assert.Equal(1, await Total(again, "Grindavik"));
        Assert.Equal(0, await Total(again, "TikTok"));
        Assert.Equal(9, await Total(again, ""));
    }

    [Fact]
    public async Task Searches_during_a_rebuild_never_fail()
    {
        await using var factory = new SearchApiFactory(_indexPath, Key);
        var client = await Authorized(factory);
        var failures = 0;
        var served = 0;
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync("/api/search?q=russia");
                Interlocked.Increment(ref served);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();

        var before = await client.GetStringAsync("/health/ready");
        for (var i = 0; i < 3; i++)
        {
            var status = await client.GetStringAsync("/health/ready");
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/admin/reindex", null)).StatusCode);
            await WaitUntil(async () => await client.GetStringAsync("/health/ready") != status);
        }

        stop.Cancel();
        await Task.WhenAll(load);
        Assert.NotEqual(before, await client.GetStringAsync("/health/ready"));
        Assert.Equal(0, failures);
        Assert.True(served > 10, $"only {served} searches ran");
        Assert.Single(Directory.GetDirectories(_indexPath, "gen-*"));
    }

    private static async Task<HttpClient> Authorized(SearchApiFactory factory)
    {
        var client = await factory.ReadyClientAsync();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    private static async Task<int> Total(HttpClient client, string q) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/search?size=20&q=" + Uri.EscapeDataString(q))).GetProperty("total").GetInt32();

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 400; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The condition did not hold within 20 s.");
    }

    public void Dispose() => TempFolders.Delete(_indexPath);
}
