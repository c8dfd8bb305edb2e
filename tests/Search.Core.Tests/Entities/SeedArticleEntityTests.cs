using Search.Core.Articles;
using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public sealed class SeedArticleEntityTests
{
    private static readonly IReadOnlyList<ArticleEntity> Entities = EntityExtractor.Default.Extract(new Article
    {
        Id = "71d9b74fbf8d4718",
        Title = SeedArticle.Title,
        Body = SeedArticle.Body,
        Images = [new ArticleImage(SeedArticle.Caption, SeedArticle.Credit)],
    });

    [Theory]
    [InlineData("country:kaz", "Kazakhstan", EntityKind.Country)]
    [InlineData("country:rus", "Russia", EntityKind.Country)]
    [InlineData("country:chn", "China", EntityKind.Country)]
    [InlineData("country:usa", "United States", EntityKind.Country)]
    [InlineData("org:csto", "CSTO", EntityKind.Organisation)]
    [InlineData("person:vladimir-putin", "Vladimir Putin", EntityKind.Person)]
    [InlineData("person:kassym-jomart-tokayev", "Kassym-Jomart Tokayev", EntityKind.Person)]
    [InlineData("person:xi-jinping", "Xi Jinping", EntityKind.Person)]
    public void Kazakhstan_piece_yields_its_core_entities(string id, string name, EntityKind kind)
    {
        var entity = Assert.Single(Entities, e => e.Id == id);
        Assert.Equal(name, entity.Name);
        Assert.Equal(kind, entity.Kind);
    }

    [Fact]
    public void Kazakhstan_piece_ranks_Kazakhstan_or_Russia_among_the_top_three()
    {
        var top = Entities.Take(3).Select(e => e.Id).ToArray();
        Assert.True(top.Contains("country:kaz") || top.Contains("country:rus"), string.Join(", ", top));
    }

    [Fact]
    public void Kazakhstan_piece_weights_are_sorted_with_the_top_entity_at_one()
    {
        Assert.Equal(1f, Entities[0].Weight);
        Assert.All(Entities, e => Assert.InRange(e.Weight, float.Epsilon, 1f));
        Assert.Equal(Entities.OrderByDescending(e => e.Weight).Select(e => e.Id), Entities.Select(e => e.Id));
        Assert.InRange(Entities.Count, 8, 30);
    }

    [Fact]
    public void Kazakhstan_piece_counts_the_bare_Tokayev_and_Putin_as_mentions_of_the_full_names()
    {
        Assert.DoesNotContain(Entities, e => e.Id is "person:tokayev" or "person:putin");
        var tokayev = Entities.Single(e => e.Id == "person:kassym-jomart-tokayev");
        var lukashenko = Entities.Single(e => e.Id == "person:alexander-lukashenko");
        Assert.True(tokayev.Weight > lukashenko.Weight);
    }

    [Fact]
    public void Kazakhstan_piece_ids_are_lowercase_ascii_terms()
    {
        Assert.All(Entities, e => Assert.Matches("^(country|place|org|person):[a-z0-9]+(-[a-z0-9]+)*$", e.Id));
    }

    [Fact]
    public void Kazakhstan_piece_finds_no_entity_for_titles_dates_or_the_TV_show()
    {
        Assert.DoesNotContain(Entities, e => e.Name.Contains("Monday") || e.Name.Contains("Jan")
            || e.Name.StartsWith("The ", StringComparison.Ordinal) || e.Name.Contains("West Wing")
            || e.Name.Contains("President"));
    }
}
