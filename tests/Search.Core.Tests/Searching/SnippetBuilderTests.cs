using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Search.Core.Articles;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public sealed partial class SnippetBuilderTests
{
    /// <summary>Words that match no query below, about 85 characters a sentence.</summary>
    private const string Filler = "The council met again to discuss the budget and the schedule for the coming months. ";

    private static readonly Analyzer Analyzer = AnalyzerFactory.CreateIndexAnalyzer();

    private static Article Story(string body, string? summary = null, params ArticleImage[] images) =>
        new() { Id = "kz-1", Title = "Unrest in Kazakhstan", Body = body, Summary = summary, Images = images };

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    /// <summary>The snippet for what a reader typed, with terms and phrases taken from the query as the search service takes them.</summary>
    private static string Snippet(Article article, string query)
    {
        var parts = UserQueryParser.Parse(query).Where(p => p.Mode != QueryPartMode.MustNot).ToList();
        var terms = parts.Where(p => !p.IsPhrase).SelectMany(p => AnalyzerFactory.Terms(Analyzer, ArticleFields.Text, p.Text)).Distinct().ToArray();
        var phrases = parts.Where(p => p.IsPhrase).Select(p => (IReadOnlyList<string>)AnalyzerFactory.Terms(Analyzer, ArticleFields.Text, p.Text)).ToArray();
        return new SnippetBuilder().Build(article, terms, phrases);
    }

    private static string[] Marked(string snippet) => MarkPattern().Matches(snippet).Select(m => m.Groups[1].Value).ToArray();

    private static string WithoutMarks(string snippet) => snippet.Replace("<mark>", "").Replace("</mark>", "");

    /// <summary>The snippet's passages as plain text: marks removed, split at the ellipses.</summary>
    private static string[] Passages(string snippet) =>
        WithoutMarks(snippet).Split('…', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void A_match_is_marked_and_keeps_its_case_as_written()
    {
        Assert.Equal("Protests in <mark>Kazakhstan</mark> spread to Almaty.", Snippet(Story("Protests in Kazakhstan spread to Almaty."), "kazakhstan"));
    }

    [Fact]
    public void Every_occurrence_inside_a_passage_is_marked()
    {
        var snippet = Snippet(Story("Kazakhstan asked for help. Troops reached Kazakhstan within a day."), "Kazakhstan");

        Assert.Equal(["Kazakhstan", "Kazakhstan"], Marked(snippet));
    }

    [Fact]
    public void Stemmed_forms_of_the_query_word_are_marked()
    {
        Assert.Equal(["Protesters", "protesting"], Marked(Snippet(Story("Protesters gathered again; police kept the protesting crowds apart."), "protests")));
        Assert.Equal(["protests"], Marked(Snippet(Story("Police watched the protests."), "protesting")));
    }

    [Fact]
    public void Every_occurrence_of_the_word_in_the_shown_passage_is_marked()
    {
        var snippet = Snippet(Story("Kazakhstan asked Russia, Kazakhstan asked China, Kazakhstan asked nobody."), "kazakhstan");

        Assert.Equal("<mark>Kazakhstan</mark> asked Russia, <mark>Kazakhstan</mark> asked China, <mark>Kazakhstan</mark> asked nobody.", snippet);
    }

    [Theory]
    [InlineData("Policies changed; the policy held.", "policy")]
    [InlineData("They kept hoping for hope.", "hopes")]
    [InlineData("Sensibility, not sensible talk.", "sensible")]
    [InlineData("Relational and related ideas relate generously to generalization.", "relational general")]
    [InlineData("Oil and oiled oilers; happiness is happy, crying cries.", "oil happy cry")]
    [InlineData("Agreed agreements, conditional conditions, digitizer digitized.", "agree condition digitize")]
    public void Every_word_that_stems_to_a_query_term_is_marked_whatever_its_ending(string body, string query)
    {
        // What the full analysis marks word by word: the snippet's candidate filter must not lose any of it.
        var wanted = AnalyzerFactory.Terms(Analyzer, ArticleFields.Text, query).ToHashSet();
        var expected = body.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', '.'))
            .Where(w => AnalyzerFactory.Terms(Analyzer, ArticleFields.Text, w).Any(wanted.Contains))
            .ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Marked(Snippet(Story(body), query)));
    }

    [Fact]
    public void Possessives_and_accents_match_the_plain_query_word()
    {
        var snippet = Snippet(Story("Putin's envoy met Zélensky's team."), "putin zelensky");

        Assert.Equal("<mark>Putin&#39;s</mark> envoy met <mark>Zélensky&#39;s</mark> team.", snippet);
    }

    [Fact]
    public void The_words_of_a_quoted_phrase_are_marked()
    {
        var snippet = Snippet(Story("Troops of the Collective Security Treaty Organization landed."), "\"collective security\"");

        Assert.Equal(["Collective", "Security"], Marked(snippet));
    }

    [Fact]
    public void Html_in_the_article_is_escaped_around_the_marks()
    {
        var snippet = Snippet(Story("<i>Kazakhstan</i> & \"friends\" aren't <script>"), "kazakhstan");

        Assert.Equal("&lt;i&gt;<mark>Kazakhstan</mark>&lt;/i&gt; &amp; &quot;friends&quot; aren&#39;t &lt;script&gt;", snippet);
    }

    [Fact]
    public void The_only_markup_in_a_snippet_of_hostile_text_is_the_marks()
    {
        var hostile = "<img src=x onerror=alert(1)> Kazakhstan </mark><script>x</script> &lt; 'quoted' \"Kazakhstan\" <mark>";
        var snippet = Snippet(Story(Repeat(Filler, 3) + hostile + Repeat(Filler, 3)), "kazakhstan");

        var plain = WithoutMarks(snippet);
        Assert.DoesNotContain('<', plain);
        Assert.DoesNotContain('>', plain);
        Assert.DoesNotContain('"', plain);
        Assert.DoesNotContain('\'', plain);
        Assert.All(Regex.Matches(plain, "&[^;]*;?").Select(m => m.Value), e => Assert.Contains(e, new[] { "&lt;", "&gt;", "&amp;", "&quot;", "&#39;" }));
        Assert.Equal(["Kazakhstan", "Kazakhstan"], Marked(snippet));
    }

    [Fact]
    public void With_no_match_the_snippet_is_the_opening_text_unmarked()
    {
        Assert.Equal("Protests spread to Almaty.", Snippet(Story("Protests spread to Almaty."), "putin"));
    }

    [Fact]
    public void A_query_of_stop_words_only_shows_the_opening_text_unmarked()
    {
        Assert.Equal("The protests spread to Almaty.", Snippet(Story("The protests spread to Almaty."), "the"));
    }

    [Fact]
    public void The_fallback_opening_folds_whitespace_and_escapes_html()
    {
        Assert.Equal("Protests &amp; &lt;b&gt;riots&lt;/b&gt; spread to Almaty.", Snippet(Story("Protests &\n\n  <b>riots</b>\tspread to Almaty.\n"), "putin"));
    }

    // Several openings, so that wherever the length limit falls one of them puts it inside a word.
    [Theory]
    [InlineData("")]
    [InlineData("Almaty: ")]
    [InlineData("In Almaty, ")]
    public void The_fallback_opening_of_a_long_story_is_cut_at_a_word_with_an_ellipsis(string opening)
    {
        var body = opening + Repeat(Filler, 20);

        var snippet = Snippet(Story(body), "putin");

        Assert.EndsWith(" …", snippet);
        var shown = snippet[..^2];
        Assert.InRange(shown.Length, 200, 320);
        Assert.StartsWith(shown, body);
        Assert.Equal(' ', body[shown.Length]);
    }

    [Fact]
    public void The_fallback_opening_starts_with_a_summary_that_is_not_the_body_opening()
    {
        Assert.Equal("A week of unrest. Protests spread to Almaty.", Snippet(Story("Protests spread to Almaty.", summary: "A week of unrest."), "putin"));
    }

    [Fact]
    public void A_summary_that_opens_the_body_is_shown_once()
    {
        var snippet = Snippet(Story("Protests spread to Almaty. Troops arrived in Kazakhstan.", summary: "Protests spread to Almaty."), "kazakhstan");

        Assert.Single(Regex.Matches(snippet, "Protests spread"));
        Assert.Equal(["Kazakhstan"], Marked(snippet));
    }

    [Fact]
    public void A_caption_that_repeats_the_summary_is_shown_once()
    {
        var article = Story("Protests spread to Almaty.", "Tokayev addresses the nation.", new ArticleImage("Tokayev addresses the nation.", null));

        Assert.Equal("Tokayev addresses the nation. Protests spread to Almaty.", Snippet(article, "putin"));
    }

    [Fact]
    public void A_match_only_in_the_title_is_not_shown_since_the_title_is_shown_beside_the_snippet()
    {
        Assert.Empty(Marked(Snippet(Story("Protests spread to Almaty."), "unrest")));
    }

    [Fact]
    public void Image_captions_and_credits_are_searched_for_a_passage()
    {
        var article = Story(Repeat(Filler, 5), null, new ArticleImage("Tokayev addresses the nation", "Kremlin/EYEPRESS"));

        Assert.Equal(["Tokayev"], Marked(Snippet(article, "tokayev")));
        Assert.Equal(["EYEPRESS"], Marked(Snippet(article, "eyepress")));
    }

    [Fact]
    public void A_match_deep_in_a_long_story_is_shown_between_ellipses_and_cut_at_whole_words()
    {
        var body = Repeat(Filler, 10) + "Tokayev asked the alliance for help. " + Repeat(Filler, 10);

        var snippet = Snippet(Story(body), "tokayev");

        Assert.StartsWith("… ", snippet);
        Assert.EndsWith(" …", snippet);
        var passage = Assert.Single(Passages(snippet));
        AssertWholeWordsOf(body, passage);
        Assert.Contains("<mark>Tokayev</mark> asked the alliance for help.", snippet);
    }

    [Fact]
    public void A_match_in_the_opening_starts_the_snippet_without_an_ellipsis()
    {
        var snippet = Snippet(Story("Tokayev asked the alliance for help. " + Repeat(Filler, 10)), "tokayev");

        Assert.StartsWith("<mark>Tokayev</mark> asked", snippet);
        Assert.EndsWith(" …", snippet);
    }

    [Fact]
    public void A_match_at_the_end_of_a_story_ends_the_snippet_without_an_ellipsis()
    {
        var snippet = Snippet(Story(Repeat(Filler, 10) + "Then Tokayev spoke."), "tokayev");

        Assert.StartsWith("… ", snippet);
        Assert.EndsWith("<mark>Tokayev</mark> spoke.", snippet);
    }

    [Fact]
    public void Far_apart_matches_give_two_passages_in_text_order()
    {
        var body = "Putin spoke first. " + Repeat(Filler, 8) + "Tokayev answered later. " + Repeat(Filler, 8);

        var snippet = Snippet(Story(body), "tokayev putin");

        Assert.Equal(["Putin", "Tokayev"], Marked(snippet));
        var passages = Passages(snippet);
        Assert.Equal(2, passages.Length);
        Assert.All(passages, p => AssertWholeWordsOf(body, p));
        Assert.Contains(" … ", snippet);
    }

    [Fact]
    public void The_passage_holding_every_query_word_is_preferred_over_earlier_ones()
    {
        var body = Repeat("Putin spoke. " + Repeat(Filler, 4), 3) + "Putin met Tokayev in Moscow. " + Repeat(Filler, 4);

        var snippet = Snippet(Story(body), "putin tokayev");

        Assert.Contains("<mark>Putin</mark> met <mark>Tokayev</mark> in Moscow.", snippet);
        Assert.StartsWith("<mark>Putin</mark> spoke.", snippet); // the weaker passage comes first, as in the story
    }

    [Fact]
    public void A_snippet_of_a_long_story_with_many_matches_is_at_most_two_short_passages()
    {
        var body = Repeat("Kazakhstan. " + Filler, 40);

        var snippet = Snippet(Story(body), "kazakhstan");

        var passages = Passages(snippet);
        Assert.InRange(passages.Length, 1, 2);
        Assert.All(passages, p => Assert.InRange(p.Length, 80, 200));
        Assert.True(WithoutMarks(snippet).Length <= 420, snippet);
    }

    /// <summary>The passage appears in the body (whitespace folded) and starts and ends at word boundaries.</summary>
    private static void AssertWholeWordsOf(string body, string passage)
    {
        var text = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var at = text.IndexOf(passage, StringComparison.Ordinal);
        Assert.True(at >= 0, $"not in the body: {passage}");
        Assert.True(at == 0 || text[at - 1] == ' ', $"starts mid-word: {passage}");
        Assert.True(at + passage.Length == text.Length || text[at + passage.Length] == ' ', $"ends mid-word: {passage}");
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkPattern();
}
