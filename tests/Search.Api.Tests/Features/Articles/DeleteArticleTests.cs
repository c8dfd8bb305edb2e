using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Features.Articles;

public sealed class DeleteArticleTests
{
    [Fact]
    public async Task A_deleted_article_leaves_search_and_a_second_delete_is_404()
    {
        await using var factory = new SearchApiFactory(apiKey: WriteApi.Key);
        var client = await factory.AuthorizedClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync("/api/articles/volcano-iceland", WriteApi.Volcano)).StatusCode);
        Assert.Equal(1, await client.TotalAsync("Grindavik"));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/articles/volcano-iceland")).StatusCode);

        Assert.Equal(0, await client.TotalAsync("Grindavik"));
        var again = await client.DeleteAsync("/api/articles/volcano-iceland");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_deleted_corpus_article_leaves_related_lists_too()
    {
        await using var factory = new SearchApiFactory(apiKey: WriteApi.Key);
        var client = await factory.AuthorizedClientAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/articles/why-trumps-return-means-putin-has-finally-won")).StatusCode);

        var related = await client.GetFromJsonAsync<JsonElement>("/api/articles/kazakhstan-the-west-wing-in-a-g-zero-world/related");
        Assert.DoesNotContain(related.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == "why-trumps-return-means-putin-has-finally-won");
    }
}
