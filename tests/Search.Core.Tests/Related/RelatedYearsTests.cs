using Search.Core.Articles;
using Search.Core.Related;
using Search.Core.Schema;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Related;

/// <summary>
/// The named-years signal: the years an article names (NamedYears), stored as doc values, and how a candidate's agree with
/// the source's scale its score. Two undated reports of one event name its year; another event of the same kind, years
/// apart, names another.
/// </summary>
public sealed class RelatedYearsTests
{
    private static readonly Article Source = new()
    {
        Id = "source",
        Title = "Turkmenistan parliamentary election to have two parties",
        Body = "Parliamentary elections in Turkmenistan on December 15, 2013 will have two parties for the first time, the election commission said.",
    };

    // The same election: the same year named, fewer of the source's words than the other election shares.
    private static readonly Article SameEvent = new()
    {
        Id = "same-event",
        Title = "Turkmenistan election to have two parties",
        Body = "Parliamentary elections in Turkmenistan in 2013 will have two parties, officials said.",
    };

    // Another election of the same kind, five years before: the source's words, another year.
    private static readonly Article OtherEvent = new()
    {
        Id = "other-event",
        Title = "Turkmenistan parliamentary election",
        Body = "Turkmenistan held parliamentary elections in December 2008; the election commission said turnout was high and parties were few.",
    };

    [Theory]
    [InlineData("Elections on December 15, 2013 and again in 2018.", new[] { 2013, 2018 })]
    [InlineData("Dated 2013-09-26, reported from the 1990s on.", new[] { 2013 })]
    [InlineData("Up 12,000 to 19999 units; 1899 and 2100 are out of range; 2099 is not.", new[] { 2099 })]
    [InlineData("No year here, only 45 people and $300.", new int[0])]
    public void The_years_an_article_names_are_whole_four_digit_years_of_the_last_and_this_century(string body, int[] expected)
    {
        var years = NamedYears.Extract(new Article { Id = "a", Title = "t", Body = body });

        Assert.Equal(expected, years.Select(y => y + 1900));
    }

    [Fact]
    public void Headline_summary_and_body_are_read_and_each_year_is_kept_once_in_order()
    {
        var years = NamedYears.Extract(new Article { Id = "a", Title = "The 2024 vote", Summary = "After 2020", Body = "In 2024, as in 2020 and 1996." });

        Assert.Equal([1996, 2020, 2024], years.Select(y => y + 1900));
    }

    [Fact]
    public void Agreement_is_one_for_a_year_in_common_zero_for_none_and_a_half_without_evidence()
    {
        byte[] a = [108, 113];
        Assert.Equal(1f, NamedYears.Agreement(a, [100, 113, 120]));
        Assert.Equal(0f, NamedYears.Agreement(a, [100, 110, 120]));
        Assert.Equal(0.5f, NamedYears.Agreement(a, []));
        Assert.Equal(0.5f, NamedYears.Agreement([], a));
    }

    [Fact]
    public void The_signal_reads_the_candidates_years_from_the_index()
    {
        using var index = new TempIndex([Source, SameEvent, OtherEvent, .. TempIndex.Filler()]);
        var signals = new RelatedFinder(index.Store).Signals("source")!.ToDictionary(s => s.Id, s => s.Signals);

        Assert.Equal(1f, signals["same-event"].Years);
        Assert.Equal(0f, signals["other-event"].Years);
    }

    [Fact]
    public void Naming_another_year_costs_the_other_event_its_lead()
    {
        using var index = new TempIndex([Source, SameEvent, OtherEvent, .. TempIndex.Filler()]);
        var wordsOnly = RelatedOptions.Default with { SemanticWeight = 0, YearsWeight = 0 };

        var without = new RelatedFinder(index.Store, wordsOnly).ForArticle("source", 5)!;
        var with = new RelatedFinder(index.Store, wordsOnly with { YearsWeight = 0.5f }).ForArticle("source", 5)!;

        Assert.Equal("other-event", without[0].Id); // it shares more of the source's words
        Assert.Equal("same-event", with[0].Id);
        var other = with.Single(r => r.Id == "other-event");
        Assert.True(other.Reasons.Contributions.Time < 0, "the years' cost shows as time");
    }

    [Fact]
    public void The_years_weight_is_validated_like_the_other_weights()
    {
        Assert.Contains((RelatedOptions.Default with { YearsWeight = 1.5f }).Problems(), p => p.Contains("YearsWeight", StringComparison.Ordinal));
        Assert.Contains((RelatedOptions.Default with { YearsWeight = -0.1f }).Problems(), p => p.Contains("YearsWeight", StringComparison.Ordinal));
    }
}
