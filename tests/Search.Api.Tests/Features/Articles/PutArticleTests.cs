using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Features.Articles;

public sealed class PutArticleTests
{
    [Fact]
    public async Task A_written_article_is_searchable_at_once_and_a_second_put_replaces_it()
    {
        await using var factory = new SearchApiFactory(apiKey: WriteApi.Key);
        var client = await factory.AuthorizedClientAsync();

        var put = await client.PutAsJsonAsync("/api/articles/volcano-iceland", WriteApi.Volcano);
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal("/api/articles/volcano-iceland", put.Headers.Location?.OriginalString);
        Assert.Equal(1, await client.TotalAsync("Grindavik"));
        var article = await client.GetFromJsonAsync<JsonElement>("/api/articles/volcano-iceland");
        Assert.Equal("volcano-iceland", article.GetProperty("id").GetString());

        var replaced = await client.PutAsJsonAsync("/api/articles/volcano-iceland", new { title = "Volcano calms", body = "The eruption near Grindavik has stopped." });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.False((await replaced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetBoolean());
        Assert.Equal("Volcano calms", (await client.GetFromJsonAsync<JsonElement>("/api/articles/volcano-iceland")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_id_in_the_path_wins_over_the_id_in_the_body()
    {
        await using var factory = new SearchApiFactory(apiKey: WriteApi.Key);
        var client = await factory.AuthorizedClientAsync();

        var put = await client.PutAsJsonAsync("/api/articles/from-path", new { id = "from-body", title = "Volcano erupts", body = "Lava reached Grindavik." });

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal("from-path", (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/articles/from-path")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/articles/from-body")).StatusCode);
    }

    [Fact]
    public async Task Invalid_article_is_400_naming_the_field_and_an_oversized_body_is_413()
    {
        await using var factory = new SearchApiFactory(apiKey: WriteApi.Key);
        var client = await factory.AuthorizedClientAsync();

        var missing = await client.PutAsJsonAsync("/api/articles/x", new { body = "no title" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("title", out _));

        var badDate = await client.PutAsJsonAsync("/api/articles/x", new { title = "t", body = "b", publishedAt = "soon" });
        Assert.True((await badDate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("publishedAt", out _));

        var broken = await client.PutAsync("/api/articles/x", new StringContent("""{"title":"t","body":""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.True((await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("$", out _));

        var huge = new StringContent(JsonSerializer.Serialize(new { title = "t", body = new string('x', 1_100_000) }), Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.PutAsync("/api/articles/x", huge)).StatusCode);
    }

    [Fact]
    public async Task A_journal_entry_with_a_null_title_is_skipped_and_the_rest_is_served()
    {
        var index = Directory.CreateTempSubdirectory("null-title-journal").FullName;
        try
        {
            // As a hand edit, an old version or another writer could leave it: the README's journal, two puts.
            File.WriteAllLines(Path.Combine(index, "api-writes.jsonl"),
            [
                """{"op":"put","id":"no-title","article":{"id":"no-title","title":null,"body":"Lava reached Grindavik."}}""",
                """{"op":"put","id":"volcano-iceland","article":{"id":"volcano-iceland","title":"Volcano erupts","body":"Lava reached Grindavik."}}""",
            ]);
            await using var factory = new SearchApiFactory(index);
            var client = await factory.ReadyClientAsync();

            Assert.Equal(1, await client.TotalAsync("Grindavik"));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/articles/no-title")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/articles/volcano-iceland")).StatusCode);
        }
        finally
        {
            TempFolders.Delete(index);
        }
    }
}
