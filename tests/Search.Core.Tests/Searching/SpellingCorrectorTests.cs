using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Searching;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Searching;

public sealed class SpellingCorrectorTests(SpellingCorrectorTests.Archives archives) : IClassFixture<SpellingCorrectorTests.Archives>
{
    /// <summary>
    /// Two archives with a known vocabulary (entity extraction off, so the words field holds only the
    /// stories' own words): a small one, and one over a thousand stories, where the word-frequency rules apply.
    /// </summary>
    public sealed class Archives : IDisposable
    {
        public Archives()
        {
            Small = Build(
                Stories(30, "Kazakhstan unrest", "Protests in Kazakhstan spread to Almaty."),
                Stories(20, "Fox sighted", "A fox ran past the bank."),
                Stories(5, "Book review", "A book about the fox."),
                Stories(20, "Traitor trial", "The traitor was sentenced."),
                Stories(1, "Tractor fair", "A tractor was sold."),
                Stories(1, "Tokayev speaks", "Tokayev addressed the nation."),
                Stories(1, "Bridge work", "Engineers fix the bridge."));
            Large = Build(
                Stories(2, "Coup in Mali", "Soldiers seized power in Mali."),
                Stories(300, "Male voters", "Male voters turned out."),
                Stories(1, "Oman talks", "Envoys met in Oman."),
                Stories(9, "An omen", "A bad omen for the council."),
                Stories(3, "Spying row", "Officials denied spying."),
                Stories(300, "Minister speaks", "The minister kept saying no."),
                Stories(30, "Club blamed", "Fans blamed the club."),
                Stories(300, "Ship lost", "The ship lost its bearing."),
                Stories(1_688, "Council budget", "The council met again."));
        }

        public TempIndex Small { get; }

        public TempIndex Large { get; }

        public void Dispose()
        {
            Small.Dispose();
            Large.Dispose();
        }

        private static IEnumerable<Article> Stories(int count, string title, string body) =>
            Enumerable.Range(0, count).Select(i => new Article { Id = $"{title}-{i}", Title = title, Body = body });

        private static TempIndex Build(params IEnumerable<Article>[] groups) =>
            new(groups.SelectMany(g => g), _ => Array.Empty<ArticleEntity>());
    }

    private static string? Correct(TempIndex index, string query)
    {
        using var lease = index.Store.Acquire();
        return new SpellingCorrector().Correct(lease.Searcher.IndexReader, UserQueryParser.Parse(query));
    }

    private string? Correct(string query) => Correct(archives.Small, query);

    [Theory]
    [InlineData("kazakstan", "kazakhstan")]
    [InlineData("kazahkstan", "kazakhstan")]
    [InlineData("kazakstn", "kazakhstan")]
    [InlineData("almatty", "almaty")]
    public void A_misspelling_of_a_frequent_word_is_corrected(string typed, string corrected)
    {
        Assert.Equal(corrected, Correct(typed));
    }

    [Fact]
    public void A_misspelling_of_a_word_in_a_single_story_is_corrected()
    {
        Assert.Equal("tokayev", Correct("tokayef"));
    }

    [Theory]
    [InlineData("kazakhstan")]
    [InlineData("Kazakhstan Almaty protests")]
    [InlineData("Kazakhstán")]
    public void Known_words_get_no_correction(string query)
    {
        Assert.Null(Correct(query));
    }

    [Theory]
    [InlineData("tractor")]
    [InlineData("fix")]
    public void A_rare_word_in_a_small_archive_is_not_replaced_by_a_frequent_neighbour(string word)
    {
        Assert.Null(Correct(word));
    }

    [Fact]
    public void The_closest_candidate_wins_over_a_more_frequent_one()
    {
        // "tractor" is one edit away and in one story; "traitor" two edits away and in twenty.
        Assert.Equal("tractor", Correct("tractr"));
    }

    [Fact]
    public void Between_equally_close_candidates_the_more_frequent_wins()
    {
        // "bank" (20 stories) and "book" (5) are both one letter from "bonk".
        Assert.Equal("bank", Correct("bonk"));
    }

    [Fact]
    public void A_transposition_in_a_short_word_counts_as_one_edit()
    {
        Assert.Equal("fox", Correct("fxo"));
    }

    [Fact]
    public void Short_words_allow_one_edit_only()
    {
        Assert.Equal("fox", Correct("fux"));
        Assert.Null(Correct("fuz"));
    }

    [Fact]
    public void Words_under_three_letters_are_never_corrected()
    {
        Assert.Null(Correct("fo"));
    }

    [Fact]
    public void Words_with_digits_are_never_corrected()
    {
        Assert.Equal("kazakhstan", Correct("kazakhstnx"));
        Assert.Null(Correct("kazakhstn1"));
    }

    [Fact]
    public void The_first_letter_is_never_changed()
    {
        Assert.Null(Correct("cazakhstan"));
    }

    [Fact]
    public void Nothing_is_suggested_when_no_word_is_close()
    {
        Assert.Null(Correct("zzyzx qwertyuiop"));
    }

    [Fact]
    public void Excluded_words_and_prefixes_are_left_as_typed()
    {
        Assert.Null(Correct("-kazakstan tokayef*"));
    }

    [Fact]
    public void A_correction_keeps_the_query_syntax_and_the_words_that_were_fine()
    {
        Assert.Equal(
            "\"kazakhstan unrest\" -kazakstan tokayef* +kazakhstan Almaty",
            Correct("\"kazakstan unrest\" -kazakstan tokayef* +kazakstan Almaty"));
    }

    [Fact]
    public void A_correction_parses_back_to_the_same_kinds_of_parts()
    {
        var typed = UserQueryParser.Parse("\"kazakstan unrest\" -tokayef tokayef* +almatty fox");

        var corrected = UserQueryParser.Parse(Correct("\"kazakstan unrest\" -tokayef tokayef* +almatty fox")!);

        Assert.Equal(typed.Select(p => (p.Mode, p.IsPhrase, p.IsPrefix)), corrected.Select(p => (p.Mode, p.IsPhrase, p.IsPrefix)));
        Assert.Equal(["kazakhstan unrest", "tokayef", "tokayef", "almaty", "fox"], corrected.Select(p => p.Text));
    }

    [Fact]
    public void A_corrected_word_is_offered_in_lower_case()
    {
        Assert.Equal("kazakhstan Almaty", Correct("KAZAKSTAN Almaty"));
    }

    [Fact]
    public void An_empty_archive_suggests_nothing()
    {
        using var empty = new TempIndex([], _ => Array.Empty<ArticleEntity>());

        Assert.Null(Correct(empty, "kazakstan"));
    }

    [Fact]
    public void In_a_large_archive_a_word_in_one_story_per_thousand_is_a_word_not_a_typo()
    {
        // 2,633 stories: "mali" in 2 of them, one letter from "male" in 300.
        Assert.Null(Correct(archives.Large, "Mali"));
    }

    [Fact]
    public void In_a_large_archive_a_word_in_a_single_story_is_kept()
    {
        // "oman" is in 1 story of 2,633 and "omen", one letter away, in 9.
        Assert.Null(Correct(archives.Large, "Oman"));
    }

    [Theory]
    [InlineData("spying")]
    [InlineData("Spying row")]
    [InlineData("Mali")]
    public void A_word_the_archive_knows_is_never_corrected_to_a_more_frequent_neighbour(string query)
    {
        // "spying" (3 stories) is two edits from "saying" (300), "mali" (2) one from "male" (300).
        Assert.Null(Correct(archives.Large, query));
    }

    [Fact]
    public void A_word_whose_stem_the_archive_knows_is_never_corrected()
    {
        // No story writes "blaming", 30 write "blamed"; "bearing" (300) is two edits away.
        Assert.Null(Correct(archives.Large, "blaming"));
    }

    [Fact]
    public void A_word_no_story_holds_is_still_corrected_in_a_large_archive()
    {
        Assert.Equal("saying", Correct(archives.Large, "sayng"));
    }
}
