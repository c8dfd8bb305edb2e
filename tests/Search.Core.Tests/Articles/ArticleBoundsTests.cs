using System.Text.Json.Nodes;
using Search.Core.Articles;
using Search.Synthetic;

namespace Search.Core.Tests.Articles;

public sealed class ArticleBoundsTests
{
    [Theory]
    [InlineData("id", "id")]
    [InlineData("title", "title")]
    [InlineData("body", "body")]
    [InlineData("summary", "summary")]
    [InlineData("section", "section")]
    [InlineData("url", "url")]
    [InlineData("author", "authors")]
    [InlineData("authors", "authors")]
    [InlineData("tag", "tags")]
    [InlineData("tags", "tags")]
    [InlineData("images", "images")]
    [InlineData("caption", "images")]
    [InlineData("credit", "images")]
    [InlineData("related", "related")]
    public void A_value_at_its_bound_is_accepted_and_one_over_is_refused_naming_the_field(string bound, string field)
    {
        var (name, atBound, over) = Values(bound);

        Assert.True(ArticleParser.TryParse(Line(name, atBound), out var article, out var error), error?.Message);
        Assert.NotNull(article);
        Assert.False(ArticleParser.TryParse(Line(name, over), out _, out error));
        Assert.Equal(field, error!.Field);
        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reuters-123")]
    [InlineData("bbc-business-001")]
    [InlineData("ecbp-1-1ecb")]
    [InlineData("wikiref-nba-draft-002")]
    [InlineData("syn-0000001")]
    [InlineData("kazakhstan-the-west-wing-in-a-g-zero-world")]
    [InlineData("A.b_c~d-9")]
    [InlineData("...")]
    public void Url_safe_ids_are_accepted(string id) =>
        Assert.True(ArticleParser.TryParse(Line("id", id), out _, out var error), error?.Message);

    [Theory]
    [InlineData("a/b")]
    [InlineData("a%2Fb")]
    [InlineData("a b")]
    [InlineData(" padded")]
    [InlineData("a?b")]
    [InlineData("a#b")]
    [InlineData("a:b")]
    [InlineData("café")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a\u0000b")]
    public void Ids_that_are_not_url_safe_are_refused_naming_the_id(string id)
    {
        Assert.False(ArticleParser.TryParse(Line("id", id), out _, out var error));
        Assert.Equal("id", error!.Field);
        Assert.Contains("A-Z, a-z, 0-9", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.gzeromedia.com/kazakhstan-the-west-wing-in-a-g-zero-world")]
    [InlineData("http://example.com")]
    [InlineData("/world/europe/story-1?ref=home")]
    [InlineData("/")]
    [InlineData("  https://example.com/padded  ")]
    public void Absolute_http_urls_and_paths_on_the_site_are_links(string url)
    {
        Assert.True(ArticleParser.TryParse(Line("url", url), out var article, out var error), error?.Message);
        Assert.Equal(url.Trim(), article!.Url);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("ftp://example.com/story")]
    [InlineData("//evil.example/story")]
    [InlineData("/\\evil.example/story")]
    [InlineData("story-1")]
    [InlineData("https://")]
    [InlineData("https://example.com/a\nb")]
    public void Other_urls_are_refused_naming_the_url(string url)
    {
        Assert.False(ArticleParser.TryParse(Line("url", url), out _, out var error));
        Assert.Equal("url", error!.Field);
    }

    [Fact]
    public void A_blank_url_is_no_url()
    {
        Assert.True(ArticleParser.TryParse(Line("url", "  "), out var article, out _));
        Assert.Null(article!.Url);
    }

    [Theory]
    [InlineData("""{"id":"a","title":null,"body":"b"}""", "title", "'title' is required")]
    [InlineData("""{"id":null,"title":"t","body":"b"}""", "id", "'id' is required")]
    [InlineData("""{"id":"a","title":"t","body":null}""", "body", "'body' is required")]
    [InlineData("""{"id":"a","title":5,"body":"b"}""", "title", "'title' has the wrong type")]
    [InlineData("""{"id":7,"title":"t","body":"b"}""", "id", "'id' has the wrong type")]
    [InlineData("""{"id":"a","title":"t","body":["b"]}""", "body", "'body' has the wrong type")]
    [InlineData("""{"id":"a","title":"t","body":"b","section":{"name":"World"}}""", "section", "'section' has the wrong type")]
    public void Null_or_wrongly_typed_fields_are_errors_naming_the_field(string json, string field, string message)
    {
        Assert.False(ArticleParser.TryParse(json, out _, out var error));
        Assert.Equal(field, error!.Field);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Every_synthetic_article_keeps_the_rules()
    {
        foreach (var article in new NewsroomGenerator(7).Generate(2_000))
        {
            Assert.True(ArticleParser.TryParse(ArticleJson.Serialize(article), out _, out var error), $"{article.Id}: {error?.Message}");
        }
    }

    private static string Line(string field, JsonNode? value)
    {
        var line = new JsonObject { ["id"] = "story-1", ["title"] = "A title", ["body"] = "A body." };
        line[field] = value;
        return line.ToJsonString();
    }

    /// <summary>The field a bound applies to, a value exactly at the bound and one just over it.</summary>
    private static (string Field, JsonNode AtBound, JsonNode Over) Values(string bound) => bound switch
    {
        "id" => ("id", new string('i', ArticleLimits.MaxIdChars), new string('i', ArticleLimits.MaxIdChars + 1)),
        "title" => Text("title", ArticleLimits.MaxTitleChars),
        "body" => Text("body", ArticleLimits.MaxBodyChars),
        "summary" => Text("summary", ArticleLimits.MaxSummaryChars),
        "section" => Text("section", ArticleLimits.MaxSectionChars),
        "url" => ("url", Url(ArticleLimits.MaxUrlChars), Url(ArticleLimits.MaxUrlChars + 1)),
        "author" => ("authors", Strings(1, ArticleLimits.MaxAuthorChars), Strings(1, ArticleLimits.MaxAuthorChars + 1)),
        "authors" => ("authors", Strings(ArticleLimits.MaxAuthors, 20), Strings(ArticleLimits.MaxAuthors + 1, 20)),
        "tag" => ("tags", Strings(1, ArticleLimits.MaxTagChars), Strings(1, ArticleLimits.MaxTagChars + 1)),
        "tags" => ("tags", Strings(ArticleLimits.MaxTags, 20), Strings(ArticleLimits.MaxTags + 1, 20)),
        "images" => ("images", Images(ArticleLimits.MaxImages, 100, 20), Images(ArticleLimits.MaxImages + 1, 100, 20)),
        "caption" => ("images", Images(3, ArticleLimits.MaxCaptionChars, 20), Images(3, ArticleLimits.MaxCaptionChars + 1, 20)),
        "credit" => ("images", Images(3, 100, ArticleLimits.MaxCaptionChars), Images(3, 100, ArticleLimits.MaxCaptionChars + 1)),
        "related" => ("related", Strings(ArticleLimits.MaxRelated, 12), Strings(ArticleLimits.MaxRelated + 1, 12)),
        _ => throw new ArgumentOutOfRangeException(nameof(bound)),
    };

    private static (string, JsonNode, JsonNode) Text(string field, int max) => (field, new string('x', max), new string('x', max + 1));

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
