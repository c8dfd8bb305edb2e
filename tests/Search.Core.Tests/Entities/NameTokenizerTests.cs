using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public sealed class NameTokenizerTests
{
    private static (string Text, NameToken Token)[] Tokenize(string text)
    {
        var tokens = new List<NameToken>();
        NameTokenizer.Tokenize(text, tokens);
        return tokens.Select(t => (t.Text(text).ToString(), t)).ToArray();
    }

    [Fact]
    public void Dotted_abbreviations_become_one_token_without_dots()
    {
        Assert.Equal(["the", "US", "and", "the", "UK", "met"], Tokenize("the U.S. and the U.K. met").Select(t => t.Text));
    }

    [Fact]
    public void Possessives_are_dropped_and_break_the_name()
    {
        var tokens = Tokenize("Russia’s leader");
        Assert.Equal(["Russia", "leader"], tokens.Select(t => t.Text));
        Assert.True(tokens[1].Token.Has(NameTokenFlags.BreakBefore));
    }

    [Fact]
    public void Hyphenated_parts_are_joined_tokens()
    {
        var tokens = Tokenize("Kassym-Jomart Tokayev");
        Assert.Equal(["Kassym", "Jomart", "Tokayev"], tokens.Select(t => t.Text));
        Assert.True(tokens[1].Token.Has(NameTokenFlags.Joined));
        Assert.False(tokens[2].Token.Has(NameTokenFlags.Joined));
    }

    [Fact]
    public void Sentences_are_counted_but_initials_and_titles_do_not_end_them()
    {
        var tokens = Tokenize("Then George W. Bush met Mr. Smith. Later it rained.\nNew line");
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2], tokens.Select(t => t.Token.Sentence));
        Assert.True(tokens[7].Token.Has(NameTokenFlags.SentenceStart));
        Assert.False(tokens[3].Token.Has(NameTokenFlags.BreakBefore));
    }

    [Fact]
    public void Inner_apostrophes_stay_inside_the_word() =>
        Assert.Equal(["N'Djamena", "and", "Sana'a"], Tokenize("N’Djamena and Sana'a").Select(t => t.Text));

    [Fact]
    public void A_line_wrapped_between_two_words_is_a_space_but_a_paragraph_is_a_break()
    {
        var wrapped = Tokenize("Banque Nationale de\nParis said.\n    The facility");
        Assert.False(wrapped[3].Token.Has(NameTokenFlags.BreakBefore));
        Assert.True(wrapped[5].Token.Has(NameTokenFlags.SentenceStart));
        Assert.True(Tokenize("First line\n\nSecond line")[2].Token.Has(NameTokenFlags.SentenceStart));
        Assert.False(Tokenize("de\r\nParis")[1].Token.Has(NameTokenFlags.BreakBefore));
    }
}
