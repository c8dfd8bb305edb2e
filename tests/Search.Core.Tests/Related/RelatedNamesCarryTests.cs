using Search.Core.Articles;
using Search.Core.Related;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Related;

/// <summary>
/// Two short stories that share no word but name one country (through its capital, its people or its leader) are
/// related under the shipped blend, even in an index without embeddings: the entity signal must never be fitted away.
/// </summary>
public sealed class RelatedNamesCarryTests
{
    private static readonly Article[] Archive =
    [
        new() { Id = "lisbon-floods", Title = "Floods close streets", Body = "Heavy rain closed streets in Lisbon on Monday." },
        new() { Id = "fishermen", Title = "Fishermen block harbour", Body = "Portuguese fishermen blocked the harbour over new quotas." },
        new() { Id = "astana-talks", Title = "Talks open", Body = "Delegates met in Astana to discuss pipeline tariffs." },
        new() { Id = "tokayev", Title = "Decree signed", Body = "Tokayev signed the decree after a cabinet meeting." },
        new() { Id = "festival", Title = "Festival postponed", Body = "Organisers postponed the music festival because of heavy rain." },
        new() { Id = "derby", Title = "Late goal wins derby", Body = "A header in stoppage time settled the derby." },
    ];

    [Theory]
    [InlineData("lisbon-floods", "fishermen")]
    [InlineData("fishermen", "lisbon-floods")]
    [InlineData("astana-talks", "tokayev")]
    [InlineData("tokayev", "astana-talks")]
    public void A_shared_country_named_in_other_words_puts_the_other_story_in_the_list(string source, string expected)
    {
        using var index = new TempIndex(Archive);

        var items = new RelatedFinder(index.Store).ForArticle(source, 3)!;

        Assert.Contains(items, i => i.Id == expected);
        var item = items.Single(i => i.Id == expected);
        Assert.True(item.Reasons.Contributions.Entities > 0);
        Assert.NotEmpty(item.Reasons.SharedEntities);
    }
}
