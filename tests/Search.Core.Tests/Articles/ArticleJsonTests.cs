using System.Text.Json;
using Search.Core.Articles;

namespace Search.Core.Tests.Articles;

public sealed class ArticleJsonTests
{
    [Theory]
    [InlineData("""{"id":"a","title":null,"body":"b"}""")]
    [InlineData("""{"id":null,"title":"t","body":"b"}""")]
    [InlineData("""{"id":"a","title":"t","body":null}""")]
    [InlineData("""{"id":"a","body":"b"}""")]
    public void An_article_with_a_null_or_missing_required_field_is_a_json_error_not_an_article_with_nulls(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Article>(json, ArticleJson.Options));

    [Fact]
    public void An_article_reads_back_as_it_was_written()
    {
        var article = new Article
        {
            Id = "volcano-iceland",
            Title = "Volcano erupts",
            Body = "Lava reached Grindavik.",
            Url = "/world/volcano-iceland",
            Authors = ["Jane Doe"],
            Images = [new ArticleImage("Lava", null)],
            PublishedAt = new DateTimeOffset(2025, 1, 12, 8, 0, 0, TimeSpan.Zero),
        };

        var json = ArticleJson.Serialize(article);
        var read = JsonSerializer.Deserialize<Article>(json, ArticleJson.Options)!;

        Assert.Equal(json, ArticleJson.Serialize(read));
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }
}
