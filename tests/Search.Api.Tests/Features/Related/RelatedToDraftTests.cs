using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Search.Api.Tests.Support;
using Search.Core.Articles;

namespace Search.Api.Tests.Features.Related;

[Collection(SeedApiCollection.Name)]
public sealed class RelatedToDraftTests(SeedApiFixture api)
{
    private static readonly string[] RussiaStories =
    [
        "why-trumps-return-means-putin-has-finally-won",
        "zelensky-says-ukraine-captured-two-north-korean-soldiers-in-kursk",
    ];

    private const string TikTok = "supreme-court-appears-poised-to-uphold-tiktok-ban";
    private const string Sentence = "Vladimir Putin and the Kremlin said Russian forces would hold Kursk as the war in Ukraine goes on. ";
    private const int Limit = 256 * 1024;

    private static readonly object Draft = new { title = "Kremlin sends more troops", body = Sentence.Trim() };

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

    [Fact]
    public async Task A_draft_over_256_KB_is_413_problem()
    {
        var json = DraftOfAbout(Limit + 1024);
        Assert.InRange(Encoding.UTF8.GetByteCount(json), Limit + 1, Limit + 2048);

        var response = await api.Client.PostAsync("/api/related", Json(json));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(413, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_draft_over_256_KB_streamed_without_a_length_is_413_too()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(DraftOfAbout(Limit + 1024))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/related") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_long_draft_under_the_limit_is_answered()
    {
        var json = DraftOfAbout(Limit - 1024);
        Assert.InRange(Encoding.UTF8.GetByteCount(json), Limit - 2048, Limit);

        var response = await api.Client.PostAsync("/api/related", Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_415_and_broken_JSON_is_400()
    {
        var text = await api.Client.PostAsync("/api/related", new StringContent(JsonSerializer.Serialize(Draft), Encoding.UTF8, "text/plain"));
        var broken = await api.Client.PostAsync("/api/related", Json("""{"title":"t","body":"""));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
    }

    [Fact]
    public async Task Pins_come_first_in_the_order_given()
    {
        var draft = new { title = "Kremlin sends more troops", body = Sentence, related = new[] { TikTok, "no-such-story", RussiaStories[0] } };

        var items = await Items(await api.Client.PostAsJsonAsync("/api/related?count=4", draft));

        Assert.Equal([TikTok, RussiaStories[0]], items.Where(i => i.Pinned).Select(i => i.Id));
        Assert.Equal([TikTok, RussiaStories[0]], items.Take(2).Select(i => i.Id));
    }

    [Fact]
    public async Task A_draft_pinning_a_hundred_ids_only_looks_at_as_many_as_it_returns()
    {
        // The only pin past the first three is a real story: it is not looked up, so it is not pinned.
        var pins = new[] { TikTok }.Concat(Enumerable.Range(0, ArticleLimits.MaxRelated - 2).Select(i => $"no-such-story-{i}")).Append(RussiaStories[0]).ToArray();
        var draft = new { title = "Kremlin sends more troops", body = Sentence, related = pins };

        var response = await api.Client.PostAsJsonAsync("/api/related?count=3", draft);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = await Items(response);
        Assert.Equal(3, items.Count);
        Assert.Equal(TikTok, Assert.Single(items, i => i.Pinned).Id);
        Assert.Equal(TikTok, items[0].Id);
    }

    [Fact]
    public async Task A_draft_over_an_article_bound_is_400_naming_the_field()
    {
        var pins = Enumerable.Range(0, ArticleLimits.MaxRelated + 1).Select(i => $"no-such-story-{i}").ToArray();
        var tooManyPins = await api.Client.PostAsJsonAsync("/api/related", new { title = "Kremlin sends more troops", body = Sentence, related = pins });
        var longTitle = await api.Client.PostAsJsonAsync("/api/related", new { title = new string('t', ArticleLimits.MaxTitleChars + 1), body = Sentence });
        var badId = await api.Client.PostAsJsonAsync("/api/related", new { id = "drafts/1", title = "Kremlin sends more troops", body = Sentence });

        Assert.Equal(["related"], await ErrorKeys(tooManyPins));
        Assert.Equal(["title"], await ErrorKeys(longTitle));
        Assert.Equal(["id"], await ErrorKeys(badId));
    }

    /// <summary>A draft whose JSON is within a sentence (about 100 bytes) of <paramref name="bytes"/>.</summary>
    private static string DraftOfAbout(int bytes) =>
        JsonSerializer.Serialize(new { title = "Kremlin sends more troops", body = string.Concat(Enumerable.Repeat(Sentence, bytes / Sentence.Length)) });

    private static async Task<string[]> ErrorKeys(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<List<(string Id, bool Pinned)>> Items(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("id").GetString()!, i.GetProperty("pinned").GetBoolean())).ToList();
}
