using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Features.Articles;

[Collection(SeedApiCollection.Name)]
public sealed class GetArticleTests(SeedApiFixture api)
{
    [Fact]
    public async Task Known_article_comes_back_with_its_entities()
    {
        var article = await api.Client.GetFromJsonAsync<JsonElement>("/api/articles/kazakhstan-the-west-wing-in-a-g-zero-world");

        Assert.Equal("Kazakhstan & The West Wing in a G-Zero world", article.GetProperty("title").GetString());
        Assert.Equal("Kremlin/EYEPRESS", article.GetProperty("images")[0].GetProperty("credit").GetString());
        var entities = article.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains("country:kaz", entities);
        Assert.Contains("country:rus", entities);
    }

    [Fact]
    public async Task Unknown_article_is_404_problem()
    {
        var response = await api.Client.GetAsync("/api/articles/no-such-story");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
