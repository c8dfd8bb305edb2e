using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Search.Core.Schema;

/// <summary>The one place analyzers are built, so index and query time always match.</summary>
public static class AnalyzerFactory
{
    /// <summary>Per-field analysis for the article schema: words for the vocabulary field, English elsewhere.</summary>
    public static Analyzer CreateIndexAnalyzer() =>
        new PerFieldAnalyzerWrapper(new NewsAnalyzer(), new Dictionary<string, Analyzer>
        {
            [ArticleFields.Words] = new WordAnalyzer(),
        });

    /// <summary>Analyzes <paramref name="text"/> as <paramref name="field"/> is analyzed and returns its terms in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>
    /// The terms of <paramref name="text"/> with their positions, counting the gaps the analyzer leaves
    /// where it drops a stop word, so a phrase query lines up with the indexed positions ("bank of england").
    /// </summary>
    public static List<(string Term, int Position)> TermPositions(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }
}
