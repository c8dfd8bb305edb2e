using Lucene.Net.Analysis;
using Search.Core.Articles;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Synthetic;

namespace Search.Core.Tests.Searching;

/// <summary>
/// The snippet builder analyses only the stretches of text that can hold a query term; every snippet must equal
/// the one a full analysis of the text gives, on generated stories and on text built to trip the skipping
/// (accents that fold to a prefix, possessives, tabs and line breaks, hyphens, abbreviations, long tokens, CJK).
/// </summary>
public sealed class SnippetRegionTests
{
    private static readonly Analyzer Analyzer = AnalyzerFactory.CreateIndexAnalyzer();

    [Fact]
    public void Snippets_of_generated_stories_equal_those_of_a_full_analysis()
    {
        var articles = new NewsroomGenerator(3).Generate(300).ToArray();
        var random = new Random(9);
        var compared = 0;
        foreach (var article in articles)
        {
            // Words of the story itself (so most queries match), of another story, and a two-word mix.
            var own = Words(article.Body);
            var other = Words(articles[random.Next(articles.Length)].Body);
            foreach (var query in new[] { Pick(own, random), Pick(other, random), Pick(own, random) + " " + Pick(other, random), "\"" + Pick(own, random) + " " + Pick(own, random) + "\"" })
            {
                AssertSame(article, query);
                compared++;
            }
        }

        Assert.Equal(1_200, compared);
    }

    [Theory]
    [InlineData("Zélensky met Zelenskyy's aides; ZELENSKY spoke.", "zelensky")]
    [InlineData("Ærø and Æsir, then aesthetics and Aeschylus.", "aesthetic")]
    [InlineData("The minister's\tpolicy\nwas the ministers'\r\npolicies\vand\fpolicing.", "ministers policy")]
    [InlineData("U.S.-China trade, US-China talks, the U.S. economy.", "U.S. china")]
    [InlineData("Well-known officials re-elected; pre-election polls.", "election official")]
    [InlineData("北京 talks: 北京 and Beijing, Beijing's mayor.", "北京 beijing")]
    [InlineData("Prices rose 3.5% in 2022, and 2022's figures beat 2021.", "2022 prices")]
    [InlineData("Rock’n’roll and rock'n'roll: the rocking rockers.", "rock")]
    public void Text_built_to_trip_the_skipping_gives_the_full_analysis_snippet(string body, string query)
    {
        var longWord = new string('x', 300);
        foreach (var text in new[] { body, body + " " + longWord + " " + body, string.Concat(Enumerable.Repeat(body + " Filler words of no interest here. ", 30)) })
        {
            AssertSame(new Article { Id = "t", Title = "T", Body = text, Summary = "Summary: " + body, Images = [new ArticleImage(body, "Agency")] }, query);
        }
    }

    private static void AssertSame(Article article, string query)
    {
        var parts = UserQueryParser.Parse(query).Where(p => p.Mode != QueryPartMode.MustNot).ToList();
        var terms = parts.Where(p => !p.IsPhrase).SelectMany(p => AnalyzerFactory.Terms(Analyzer, ArticleFields.Text, p.Text)).Distinct().ToArray();
        var phrases = parts.Where(p => p.IsPhrase).Select(p => (IReadOnlyList<string>)AnalyzerFactory.Terms(Analyzer, ArticleFields.Text, p.Text)).ToArray();
        var expected = new SnippetBuilder(wholeText: true).Build(article, terms, phrases);
        Assert.Equal(expected, new SnippetBuilder().Build(article, terms, phrases));
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string Pick(string[] words, Random random) => words.Length == 0 ? "news" : words[random.Next(words.Length)].Trim('"');
}
