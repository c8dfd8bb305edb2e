using Search.Core.Articles;
using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public sealed class MoreFromStoriesEntityTests
{
    public static TheoryData<int> Stories => new(Enumerable.Range(0, SeedArticle.MoreFrom.Count));

    [Theory]
    [MemberData(nameof(Stories))]
    public void Each_more_from_story_caption_and_lede_yields_an_entity(int story)
    {
        var (caption, _, lede) = SeedArticle.MoreFrom[story];
        var entities = EntityExtractor.Default.Extract("", null, lede, [caption]);
        Assert.NotEmpty(entities);
    }

    [Theory]
    [InlineData(0, "country:syr")]
    [InlineData(0, "person:bashar-al-assad")]
    [InlineData(1, "country:ukr")]
    [InlineData(1, "country:prk")]
    [InlineData(1, "person:volodymyr-zelensky")]
    [InlineData(2, "place:los-angeles")]
    [InlineData(3, "country:usa")]
    [InlineData(4, "person:ian-bremmer")]
    [InlineData(5, "person:donald-trump")]
    [InlineData(5, "person:juan-merchan")]
    [InlineData(6, "person:vladimir-putin")]
    [InlineData(7, "country:ven")]
    [InlineData(7, "person:nicolas-maduro")]
    [InlineData(7, "person:maria-corina-machado")]
    public void More_from_stories_yield_the_entity_they_are_about(int story, string id)
    {
        var (caption, _, lede) = SeedArticle.MoreFrom[story];
        var entities = EntityExtractor.Default.Extract("", null, lede, [caption]);
        Assert.Contains(entities, e => e.Id == id);
    }

    [Fact]
    public void Photo_credits_of_an_article_name_no_photographers()
    {
        var (caption, credit, lede) = SeedArticle.MoreFrom[7];
        var article = new Article { Id = "venezuela", Title = "", Body = lede, Images = [new ArticleImage(caption, credit)] };
        var entities = EntityExtractor.Default.Extract(article);
        Assert.Contains(entities, e => e.Id == "person:nicolas-maduro");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Viloria"));
    }

    [Fact]
    public void A_known_name_in_a_photo_credit_still_counts()
    {
        var article = new Article { Id = "kremlin", Title = "Talks", Body = "Nothing to add.", Images = [new ArticleImage(null, "Kremlin/EYEPRESS")] };
        Assert.Contains(EntityExtractor.Default.Extract(article), e => e.Id == "country:rus");
    }
}
