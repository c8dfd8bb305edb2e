using Search.Core.Related;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Evaluation;

/// <summary>
/// The seed page's expectations, the guard rail for tuning the related ranking against the labeled
/// sets: whatever the weights, the Kazakhstan piece's "More from" leads with the two Russia stories.
/// </summary>
public sealed class RelatedSeedExpectationsTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    private const string Kazakhstan = "kazakhstan-the-west-wing-in-a-g-zero-world";

    private static readonly string[] RussiaStories =
    [
        "why-trumps-return-means-putin-has-finally-won",
        "zelensky-says-ukraine-captured-two-north-korean-soldiers-in-kursk",
    ];

    private static readonly string[] UnrelatedStories =
    [
        "los-angeles-wildfire-response-becomes-politicized-at-home-and-abroad",
        "supreme-court-appears-poised-to-uphold-tiktok-ban",
        "venezuelan-opposition-leader-maria-corina-machado-detained-after-caracas-rally",
    ];

    [Fact]
    public void Related_for_Kazakhstan_piece_ranks_the_two_Russia_stories_first()
    {
        var related = new RelatedFinder(seed.Index.Store).ForArticle(Kazakhstan, 8);

        Assert.NotNull(related);
        Assert.Equal(RussiaStories.Order(), related.Take(2).Select(r => r.Id).Order());
        var ids = related.Select(r => r.Id).ToList();
        foreach (var unrelated in UnrelatedStories.Where(ids.Contains))
        {
            Assert.True(ids.IndexOf(unrelated) > 1, $"{unrelated} ranks above a Russia story");
        }
    }

    [Fact]
    public void Related_for_every_seed_story_is_non_empty_with_reasons()
    {
        var finder = new RelatedFinder(seed.Index.Store);
        foreach (var article in TempIndex.SeedArticles())
        {
            var related = finder.ForArticle(article.Id, 5);

            Assert.NotNull(related);
            Assert.NotEmpty(related);
            Assert.All(related, r => Assert.True(
                r.Reasons.SharedEntities.Count + r.Reasons.SharedTerms.Count > 0, $"{article.Id} → {r.Id} has no reasons"));
        }
    }
}
