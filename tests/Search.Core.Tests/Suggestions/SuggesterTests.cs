using Search.Core.Suggestions;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Suggestions;

public sealed class SuggesterTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void Popular_successful_queries_lead_the_suggestions_for_their_prefix()
    {
        var suggester = new Suggester(seed.Index.Store, new FixedPopularQueries("kazakhstan west wing", "kazakhstan", "putin won"));

        var items = suggester.Suggest("Kaz", 8);

        Assert.Equal(new Suggestion("kazakhstan west wing", "query"), items[0]);
        Assert.Contains(items, i => i.Kind == "entity" && i.Text == "Kazakhstan");
        Assert.DoesNotContain(items, i => i.Text == "putin won");
        Assert.Equal(items.Count, items.Select(i => i.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Without_popular_queries_no_query_suggestion_appears()
    {
        Assert.DoesNotContain(seed.Suggester.Suggest("kaz", 8), i => i.Kind == "query");
    }

    [Fact]
    public void Kaz_completes_to_the_Kazakhstan_entity_and_headline()
    {
        var items = seed.Suggester.Suggest("kaz", 8);

        Assert.Contains(items, i => i.Kind == "title" && i.Text.StartsWith("Kazakhstan", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Kind == "entity" && i.Text == "Kazakhstan");
    }

    [Fact]
    public void A_word_prefix_completes_from_the_vocabulary()
    {
        var items = seed.Suggester.Suggest("presid", 8);

        Assert.Contains(items, i => i.Text == "president" && i.Kind == "term");
    }

    [Fact]
    public void A_surname_completes_the_full_entity_name()
    {
        var items = seed.Suggester.Suggest("puti", 8);

        Assert.Contains(items, i => i.Kind == "entity" && i.Text == "Vladimir Putin");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("zzzzqqq")]
    public void Nothing_to_complete_gives_an_empty_list(string input)
    {
        Assert.Empty(seed.Suggester.Suggest(input, 8));
    }

    [Fact]
    public void Count_bounds_the_list()
    {
        Assert.True(seed.Suggester.Suggest("t", 3).Count <= 3);
    }
}

/// <summary>Popular queries as a fixed list, matched as the analytics feed matches them (lower-case prefix, longer than typed).</summary>
internal sealed class FixedPopularQueries(params string[] queries) : IPopularQueries
{
    public IReadOnlyList<string> StartingWith(string typed, int count) =>
        queries.Where(q => q.Length > typed.Trim().Length && q.StartsWith(typed.Trim().ToLowerInvariant(), StringComparison.Ordinal)).Take(count).ToArray();
}
