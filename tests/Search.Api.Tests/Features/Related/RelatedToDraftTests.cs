using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Features.Related;

[Collection(SeedApiCollection.Name)]
public sealed class RelatedToDraftTests(SeedApiFixture api)
{
    private static readonly string[] RussiaStories =
    [
        "why-trumps-return-means-putin-has-finally-won",
        "zelensky-says-ukraine-captured-two-north-korean-soldiers-in-kursk",
    ];

    private static readonly object Draft = new { title = "Kremlin sends more troops", body = "Vladimir Putin and the Kremlin said Russian forces would hold Kursk as the war in Ukraine goes on." };

    [Fact]
    public async Task A_posted_draft_gets_related_stories()
    {
        var response = await api.Client.PostAsJsonAsync("/api/related?count=3", Draft);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var items = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains(items, id => RussiaStories.Contains(id));
        Assert.Equal("draft", body.GetProperty("id").GetString());
        Assert.True(body.GetProperty("tookMs").GetDouble() > 0);
    }

    [Fact]
    public async Task A_draft_without_a_body_is_400_naming_the_field()
    {
        var response = await api.Client.PostAsJsonAsync("/api/related", new { title = "Only a headline" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task A_bad_count_is_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Client.PostAsJsonAsync("/api/related?count=21", Draft)).StatusCode);
    }
}
