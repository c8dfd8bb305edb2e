using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Features.Suggest;

[Collection(SeedApiCollection.Name)]
public sealed class SuggestTermsTests(SeedApiFixture api)
{
    [Fact]
    public async Task Suggest_completes_kaz()
    {
        var body = await api.Client.GetFromJsonAsync<JsonElement>("/api/suggest?q=kaz");

        var texts = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToList();
        Assert.Contains("Kazakhstan", texts);
        Assert.Contains(texts, t => t!.StartsWith("Kazakhstan & The West Wing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Count_limits_the_completions()
    {
        var body = await api.Client.GetFromJsonAsync<JsonElement>("/api/suggest?q=kaz&count=1");

        Assert.Equal(1, body.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("500")]
    [InlineData("0")]
    [InlineData("abc")]
    public async Task Suggest_rejects_a_bad_count(string count)
    {
        var response = await api.Client.GetAsync("/api/suggest?q=kaz&count=" + count);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("count", out _));
    }

    [Fact]
    public async Task Queries_readers_often_search_and_find_are_suggested_once_popular()
    {
        await using var factory = new AnalyticsApiFactory(("Search:Analytics:SuggestMinSearches", "3"));
        var client = await factory.ReadyClientAsync();
        for (var i = 0; i < 3; i++)
        {
            await client.GetAsync("/api/search?q=Kazakhstan+west+wing");
            await client.GetAsync("/api/search?q=kazakstan");           // found nothing as typed (only its correction did): never suggested
        }

        await client.GetAsync("/api/search?q=kazakhstan+president");   // once: not yet popular

        var texts = new List<(string Text, string Kind)>();
        await WriteApi.WaitUntilAsync(async () =>
        {
            var body = await client.GetFromJsonAsync<JsonElement>("/api/suggest?q=kaz");
            texts = body.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("text").GetString()!, i.GetProperty("kind").GetString()!)).ToList();
            return texts.Contains(("kazakhstan west wing", "query"));
        });

        Assert.Equal(("kazakhstan west wing", "query"), texts[0]);
        Assert.DoesNotContain(texts, t => t.Kind == "query" && t.Text != "kazakhstan west wing");
        Assert.Contains(texts, t => t.Kind == "title");
    }
}
