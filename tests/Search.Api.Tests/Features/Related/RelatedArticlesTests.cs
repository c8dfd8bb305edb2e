using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Features.Related;

[Collection(SeedApiCollection.Name)]
public sealed class RelatedArticlesTests(SeedApiFixture api)
{
    private static readonly string[] RussiaStories =
    [
        "why-trumps-return-means-putin-has-finally-won",
        "zelensky-says-ukraine-captured-two-north-korean-soldiers-in-kursk",
    ];

    [Fact]
    public async Task Kazakhstan_piece_links_to_the_Russia_stories_above_wildfires_TikTok_and_Venezuela()
    {
        var body = await api.Client.GetFromJsonAsync<JsonElement>("/api/articles/kazakhstan-the-west-wing-in-a-g-zero-world/related?count=8");

        var items = body.GetProperty("items").EnumerateArray().ToList();
        var ids = items.Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal(RussiaStories, ids.Take(2).Order());
        foreach (var other in new[] { "wildfire", "tiktok", "venezuela" })
        {
            var at = ids.FindIndex(id => id.Contains(other, StringComparison.Ordinal));
            Assert.True(at is -1 or > 1, $"{other} is at {at}");
        }

        var reasons = items[0].GetProperty("reasons");
        var names = reasons.GetProperty("sharedEntities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.True(names.Contains("Russia") || names.Contains("Vladimir Putin"), string.Join(", ", names));
        Assert.All(reasons.GetProperty("sharedEntities").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("type").GetString())));
        Assert.Equal("kazakhstan-the-west-wing-in-a-g-zero-world", body.GetProperty("id").GetString());
        Assert.True(body.GetProperty("tookMs").GetDouble() > 0);
    }

    [Theory]
    [InlineData("arab-and-eu-officials-meet-in-riyadh-on-lifting-syria-sanctions")]
    [InlineData("zelensky-says-ukraine-captured-two-north-korean-soldiers-in-kursk")]
    [InlineData("los-angeles-wildfire-response-becomes-politicized-at-home-and-abroad")]
    [InlineData("supreme-court-appears-poised-to-uphold-tiktok-ban")]
    [InlineData("francis-fukuyama-and-ian-bremmer-on-the-top-geopolitical-risks-of-2025")]
    [InlineData("trump-sentenced-to-unconditional-discharge-in-hush-money-case")]
    [InlineData("why-trumps-return-means-putin-has-finally-won")]
    [InlineData("venezuelan-opposition-leader-maria-corina-machado-detained-after-caracas-rally")]
    public async Task Every_other_seed_story_gets_a_list_with_reasons(string id)
    {
        var body = await api.Client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/related");

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.DoesNotContain(items, i => i.GetProperty("id").GetString() == id);
        Assert.All(items, i =>
        {
            var reasons = i.GetProperty("reasons");
            Assert.True(reasons.GetProperty("sharedEntities").GetArrayLength() + reasons.GetProperty("sharedTerms").GetArrayLength() > 0);
        });
    }

    [Fact]
    public async Task Unknown_article_is_404_and_a_bad_count_is_400()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync("/api/articles/nope/related")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Client.GetAsync("/api/articles/kazakhstan-the-west-wing-in-a-g-zero-world/related?count=21")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Client.GetAsync("/api/articles/kazakhstan-the-west-wing-in-a-g-zero-world/related?count=zero")).StatusCode);
    }
}
