using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Search.Api.Tests.Support;
using Search.Core.Articles;

namespace Search.Api.Tests.Features.Articles;

/// <summary>The article rules (<see cref="ArticleLimits"/>, <see cref="ArticleId"/>) at the write API: at a bound is stored, over it is a 400 naming the field.</summary>
public sealed class PutArticleBoundsTests
{
    [Fact]
    public async Task Each_field_at_its_bound_is_stored_and_one_over_is_400_naming_the_field()
    {
        await using var factory = new SearchApiFactory(apiKey: WriteApi.Key);
        var client = await factory.AuthorizedClientAsync();

        foreach (var (bound, field, atBound, over) in Cases())
        {
            var stored = await client.PutAsync($"/api/articles/at-bound-{bound}", Json(Article(field, atBound)));
            Assert.True(stored.StatusCode == HttpStatusCode.Created, $"{bound} at its bound: {(int)stored.StatusCode} {await stored.Content.ReadAsStringAsync()}");

            var refused = await client.PutAsync($"/api/articles/over-{bound}", Json(Article(field, over)));
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, $"{bound} over its bound: {(int)refused.StatusCode}");
            Assert.Equal(field, Assert.Single(await ErrorKeys(refused)));
        }

        // Only the articles at their bounds were stored; the refused ones left nothing behind.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/articles/at-bound-caption")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/articles/over-caption")).StatusCode);
    }

    [Fact]
    public async Task A_section_or_author_over_Lucenes_term_limit_is_400_not_500_and_later_writes_and_builds_still_work()
    {
        await using var factory = new SearchApiFactory(apiKey: WriteApi.Key);
        var client = await factory.AuthorizedClientAsync();
        var huge = new string('s', 40_000);

        var section = await client.PutAsJsonAsync("/api/articles/huge-section", new { title = "t", body = "b", section = huge });
        var author = await client.PutAsJsonAsync("/api/articles/huge-author", new { title = "t", body = "b", authors = new[] { huge } });

        Assert.Equal(HttpStatusCode.BadRequest, section.StatusCode);
        Assert.Equal(["section"], await ErrorKeys(section));
        Assert.Equal(HttpStatusCode.BadRequest, author.StatusCode);
        Assert.Equal(["authors"], await ErrorKeys(author));

        Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync("/api/articles/volcano-iceland", WriteApi.Volcano)).StatusCode);
        var before = await client.GetStringAsync("/health/ready");
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/admin/reindex", null)).StatusCode);
        await WriteApi.WaitUntilAsync(async () => await client.GetStringAsync("/health/ready") != before);
        Assert.Equal(1, await client.TotalAsync("Grindavik"));
    }

    [Fact]
    public async Task A_body_whose_capitalised_run_is_too_long_for_a_name_is_stored_and_searchable()
    {
        await using var factory = new SearchApiFactory(apiKey: WriteApi.Key);
        var client = await factory.AuthorizedClientAsync();
        var run = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => "Zorblat" + (char)('a' + i % 26) + (char)('a' + i / 26 % 26)));

        var put = await client.PutAsJsonAsync("/api/articles/long-run", new { title = "Grindavik council list", body = $"Yesterday the {run} Council met in Grindavik." });

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(1, await client.TotalAsync("Grindavik"));
    }

    [Fact]
    public async Task An_id_that_is_not_url_safe_is_400_naming_the_id_and_nothing_is_stored()
    {
        await using var factory = new SearchApiFactory(apiKey: WriteApi.Key);
        var client = await factory.AuthorizedClientAsync();

        // The path as sent: "a%2Fb" used to be stored as the literal "a%2Fb", which no URL could reach again.
        foreach (var escapedId in new[] { "a%2Fb", "a%20b", "caf%C3%A9", "a%3Ab", "a%25b" })
        {
            var put = await client.PutAsJsonAsync($"/api/articles/{escapedId}", WriteApi.Volcano);

            Assert.True(put.StatusCode == HttpStatusCode.BadRequest, $"{escapedId}: {(int)put.StatusCode}");
            Assert.Equal(["id"], await ErrorKeys(put));
        }

        Assert.Equal(0, await client.TotalAsync("Grindavik"));
    }

    [Fact]
    public async Task An_id_of_200_url_safe_characters_is_stored_and_reached_and_201_is_400()
    {
        await using var factory = new SearchApiFactory(apiKey: WriteApi.Key);
        var client = await factory.AuthorizedClientAsync();
        var id = "a.b_c~d-" + new string('x', ArticleLimits.MaxIdChars - 8);

        Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync($"/api/articles/{id}", WriteApi.Volcano)).StatusCode);
        Assert.Equal(id, (await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}")).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/articles/{id}")).StatusCode);

        var over = await client.PutAsJsonAsync($"/api/articles/{id}x", WriteApi.Volcano);
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Equal(["id"], await ErrorKeys(over));
    }

    /// <summary>Each bound: a short name, the field it is reported under, a value at the bound and one over it. The body's bound (4 M) is past the 1 MB request limit, so its test is the engine's.</summary>
    private static IEnumerable<(string Bound, string Field, JsonNode AtBound, JsonNode Over)> Cases()
    {
        yield return Text("title", ArticleLimits.MaxTitleChars);
        yield return Text("summary", ArticleLimits.MaxSummaryChars);
        yield return Text("section", ArticleLimits.MaxSectionChars);
        yield return ("url", "url", Url(ArticleLimits.MaxUrlChars), Url(ArticleLimits.MaxUrlChars + 1));
        yield return ("author", "authors", Strings(1, ArticleLimits.MaxAuthorChars), Strings(1, ArticleLimits.MaxAuthorChars + 1));
        yield return ("authors", "authors", Strings(ArticleLimits.MaxAuthors, 20), Strings(ArticleLimits.MaxAuthors + 1, 20));
        yield return ("tag", "tags", Strings(1, ArticleLimits.MaxTagChars), Strings(1, ArticleLimits.MaxTagChars + 1));
        yield return ("tags", "tags", Strings(ArticleLimits.MaxTags, 20), Strings(ArticleLimits.MaxTags + 1, 20));
        yield return ("images", "images", Images(ArticleLimits.MaxImages, 100, 20), Images(ArticleLimits.MaxImages + 1, 100, 20));
        yield return ("caption", "images", Images(3, ArticleLimits.MaxCaptionChars, 20), Images(3, ArticleLimits.MaxCaptionChars + 1, 20));
        yield return ("credit", "images", Images(3, 100, ArticleLimits.MaxCaptionChars), Images(3, 100, ArticleLimits.MaxCaptionChars + 1));
        yield return ("related", "related", Strings(ArticleLimits.MaxRelated, 12), Strings(ArticleLimits.MaxRelated + 1, 12));
    }

    private static (string, string, JsonNode, JsonNode) Text(string field, int max) => (field, field, new string('x', max), new string('x', max + 1));

    private static JsonObject Article(string field, JsonNode value) => new()
    {
        ["title"] = "Volcano erupts near Reykjavik",
        ["body"] = "A volcano erupted on the Reykjanes peninsula.",
        [field] = value.DeepClone(),
    };

    private static StringContent Json(JsonObject article) => new(article.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static async Task<string[]> ErrorKeys(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();

    private static string Url(int length)
    {
        const string Start = "https://www.example.com/";
        return Start + new string('a', length - Start.Length);
    }

    /// <summary><paramref name="count"/> distinct strings of <paramref name="length"/> characters, all usable as ids too.</summary>
    private static JsonArray Strings(int count, int length) =>
        new(Enumerable.Range(0, count).Select(i => (JsonNode?)$"{i:D4}".PadRight(length, 'x')).ToArray());

    private static JsonArray Images(int count, int captionLength, int creditLength) =>
        new(Enumerable.Range(0, count).Select(i => (JsonNode?)new JsonObject
        {
            ["caption"] = $"{i:D4}".PadRight(captionLength, 'c'),
            ["credit"] = $"{i:D4}".PadRight(creditLength, 'r'),
        }).ToArray());
}
