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
}
