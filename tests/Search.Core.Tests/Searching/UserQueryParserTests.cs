using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public sealed class UserQueryParserTests
{
    private static QueryPart Word(string text, QueryPartMode mode = QueryPartMode.Should) => new(text, mode, IsPhrase: false, IsPrefix: false);

    private static QueryPart Phrase(string text, QueryPartMode mode = QueryPartMode.Must) => new(text, mode, IsPhrase: true, IsPrefix: false);

    [Fact]
    public void Plain_words_are_alternatives_kept_as_typed()
    {
        Assert.Equal([Word("Kazakhstan"), Word("unrest")], UserQueryParser.Parse("Kazakhstan unrest"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n \u00A0")]
    public void Empty_or_blank_input_has_no_parts(string? input)
    {
        Assert.Empty(UserQueryParser.Parse(input));
    }

    [Fact]
    public void A_quoted_phrase_is_one_required_part_with_its_words_in_order()
    {
        Assert.Equal([Phrase("Collective Security Treaty"), Word("Putin")], UserQueryParser.Parse("\"Collective Security Treaty\" Putin"));
    }

    [Fact]
    public void Spaces_just_inside_the_quotes_are_trimmed_from_a_phrase()
    {
        Assert.Equal([Phrase("security treaty")], UserQueryParser.Parse("\"  security treaty  \""));
    }

    [Fact]
    public void A_phrase_can_start_in_the_middle_of_a_word()
    {
        Assert.Equal([Word("treaty"), Phrase("collective security")], UserQueryParser.Parse("treaty\"collective security\""));
    }

    [Fact]
    public void Minus_excludes_a_word_and_plus_requires_it()
    {
        Assert.Equal(
            [Word("Putin", QueryPartMode.MustNot), Word("Kazakhstan", QueryPartMode.Must), Word("unrest")],
            UserQueryParser.Parse("-Putin +Kazakhstan unrest"));
    }

    [Fact]
    public void Minus_before_a_quote_excludes_the_whole_phrase()
    {
        Assert.Equal([Word("Putin"), Phrase("security treaty", QueryPartMode.MustNot)], UserQueryParser.Parse("Putin -\"security treaty\""));
    }

    [Fact]
    public void A_hyphen_inside_a_word_is_not_an_exclusion()
    {
        Assert.Equal([Word("G-Zero"), Word("world")], UserQueryParser.Parse("G-Zero world"));
    }

    [Theory]
    [InlineData("Putin - Kazakhstan")]
    [InlineData("Putin + Kazakhstan")]
    [InlineData("Putin Kazakhstan -")]
    [InlineData("- Putin Kazakhstan")]
    public void A_detached_plus_or_minus_changes_no_word(string input)
    {
        var parts = UserQueryParser.Parse(input);

        Assert.All(parts, p => Assert.Equal(QueryPartMode.Should, p.Mode));
        Assert.Contains(Word("Putin"), parts);
        Assert.Contains(Word("Kazakhstan"), parts);
    }

    [Theory]
    [InlineData("Putin OR Kazakhstan")]
    [InlineData("Putin AND Kazakhstan")]
    [InlineData("Putin || Kazakhstan")]
    [InlineData("Putin && Kazakhstan")]
    [InlineData("Putin | Kazakhstan")]
    [InlineData("OR Putin Kazakhstan OR")]
    public void Boolean_operators_are_accepted_and_leave_just_the_words(string input)
    {
        Assert.Equal([Word("Putin"), Word("Kazakhstan")], UserQueryParser.Parse(input));
    }

    [Fact]
    public void OR_between_phrases_keeps_both_phrases()
    {
        Assert.Equal([Phrase("security treaty"), Phrase("G-Zero world")], UserQueryParser.Parse("\"security treaty\" OR \"G-Zero world\""));
    }

    [Fact]
    public void An_unclosed_quote_makes_a_phrase_of_the_rest_of_the_input()
    {
        Assert.Equal([Word("Putin"), Phrase("security treaty")], UserQueryParser.Parse("Putin \"security treaty"));
    }

    [Theory]
    [InlineData("Putin \"")]
    [InlineData("Putin \"\"")]
    [InlineData("Putin \"   \"")]
    [InlineData("\" Putin")]
    public void A_stray_or_empty_quote_adds_nothing(string input)
    {
        var parts = UserQueryParser.Parse(input);

        Assert.Equal("Putin", Assert.Single(parts).Text);
    }

    [Fact]
    public void A_trailing_star_asks_for_a_prefix()
    {
        Assert.Equal([new QueryPart("Kazakh", QueryPartMode.Should, IsPhrase: false, IsPrefix: true)], UserQueryParser.Parse("Kazakh*"));
    }

    [Fact]
    public void An_excluded_prefix_keeps_both_its_mode_and_its_star()
    {
        Assert.Equal([new QueryPart("Kazakh", QueryPartMode.MustNot, IsPhrase: false, IsPrefix: true)], UserQueryParser.Parse("-Kazakh*"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("**")]
    [InlineData("?")]
    [InlineData("~ ^ *?")]
    [InlineData("OR")]
    [InlineData("-")]
    [InlineData("+")]
    public void Operators_or_wildcards_alone_yield_no_word_text(string input)
    {
        Assert.DoesNotContain(UserQueryParser.Parse(input), p => p.Text.Any(char.IsLetterOrDigit));
    }

    [Theory]
    [InlineData("Putin~", "Putin")]
    [InlineData("Putin^", "Putin")]
    [InlineData("?Putin?", "Putin")]
    public void Lucene_fuzzy_and_boost_marks_at_the_ends_are_dropped(string input, string text)
    {
        Assert.Equal([Word(text)], UserQueryParser.Parse(input));
    }

    [Fact]
    public void A_star_inside_a_word_is_not_a_prefix_search()
    {
        var part = Assert.Single(UserQueryParser.Parse("Ka*akh*"));

        Assert.False(part.IsPrefix);
    }

    [Theory]
    [InlineData("Zelenskyy Зеленський", new[] { "Zelenskyy", "Зеленський" })]
    [InlineData("東京 Ελλάδα", new[] { "東京", "Ελλάδα" })]
    [InlineData("Zélensky naïve", new[] { "Zélensky", "naïve" })]
    [InlineData("🇺🇦 Kyiv", new[] { "🇺🇦", "Kyiv" })]
    [InlineData("Putin\u00A0Kazakhstan", new[] { "Putin", "Kazakhstan" })]
    public void Unicode_text_is_kept_intact_and_any_unicode_space_separates_words(string input, string[] texts)
    {
        Assert.Equal(texts, UserQueryParser.Parse(input).Select(p => p.Text));
    }

    // Char codes, not strings: a lone surrogate in an attribute is stored as U+FFFD.
    [Theory]
    [InlineData(0x0000)]
    [InlineData(0x001B)]
    [InlineData(0x007F)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void Control_characters_and_broken_surrogates_separate_words_and_are_dropped(int code)
    {
        Assert.Equal([Word("Putin"), Word("Kazakhstan")], UserQueryParser.Parse($"Putin{(char)code}Kazakhstan"));
    }

    [Fact]
    public void Text_past_the_length_cap_is_ignored()
    {
        var input = "Putin" + new string(' ', UserQueryParser.MaxQueryChars) + "Kazakhstan";

        Assert.Equal([Word("Putin")], UserQueryParser.Parse(input));
    }

    [Fact]
    public void A_word_cut_by_the_length_cap_keeps_its_start()
    {
        var input = new string(' ', UserQueryParser.MaxQueryChars - 5) + "Kazakhstan";

        Assert.Equal([Word("Kazak")], UserQueryParser.Parse(input));
    }

    [Fact]
    public void A_pasted_novel_yields_at_most_the_part_cap_in_reading_order()
    {
        var words = Enumerable.Range(0, 10_000).Select(i => $"w{i}").ToArray();

        var parts = UserQueryParser.Parse(string.Join(' ', words));

        Assert.Equal(UserQueryParser.MaxParts, parts.Count);
        Assert.Equal(words.Take(UserQueryParser.MaxParts), parts.Select(p => p.Text));
    }

    [Fact]
    public void A_megabyte_of_one_word_parses_to_one_bounded_part()
    {
        var part = Assert.Single(UserQueryParser.Parse(new string('x', 1_000_000)));

        Assert.Equal(UserQueryParser.MaxQueryChars, part.Text.Length);
    }

    [Theory]
    [InlineData("title:Putin")]
    [InlineData("(Putin OR Kazakhstan)")]
    [InlineData("Putin AND NOT [2020 TO 2022]")]
    [InlineData("\\\"Putin\\\"")]
    [InlineData("/regex.*/")]
    [InlineData("\"\"\"\"\"")]
    [InlineData("-\"")]
    [InlineData("+\"Putin")]
    [InlineData("--Putin ++Kazakhstan -+- +-+")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("“Collective Security”")]
    public void Query_syntax_a_reader_might_paste_is_never_an_error(string input)
    {
        AssertWellFormed(input, UserQueryParser.Parse(input));
    }

    [Fact]
    public void Random_typing_is_never_an_error_and_always_yields_well_formed_parts()
    {
        // Seeded, so a failure names an input that reproduces.
        const string alphabet = "ab \"'-+*?~^|&():\\/\t\n\u00A0\u0000éК東\uD83C\uDDFA\uD800\uDC00";
        var random = new Random(20240610);
        for (var run = 0; run < 5_000; run++)
        {
            var input = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            AssertWellFormed(input, UserQueryParser.Parse(input));
        }
    }

    private static void AssertWellFormed(string input, IReadOnlyList<QueryPart> parts)
    {
        Assert.True(parts.Count <= UserQueryParser.MaxParts, input);
        foreach (var part in parts)
        {
            Assert.False(string.IsNullOrWhiteSpace(part.Text), $"blank part from {Escape(input)}");
            Assert.False(part.Text.Any(char.IsControl), $"control character kept from {Escape(input)}");
            Assert.True(IsWellFormedUtf16(part.Text), $"broken surrogate kept from {Escape(input)}");
            Assert.False(part.IsPhrase && part.IsPrefix, $"phrase and prefix at once from {Escape(input)}");
            Assert.False(part.Text.Contains('"'), $"quote kept in a part from {Escape(input)}");
            Assert.False(part.IsPhrase && part.Mode == QueryPartMode.Should, $"optional phrase from {Escape(input)}");
        }
    }

    private static bool IsWellFormedUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Escape(string input) => string.Concat(input.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
