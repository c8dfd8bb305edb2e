using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Search.Core.Schema;

/// <summary>
/// English text analysis, identical at index and query time: possessives, lower case,
/// ASCII folding ("Zelenskyy" and "Zélensky" meet), stop words, Porter stemming.
/// </summary>
public sealed class NewsAnalyzer : Analyzer
{
    private readonly Func<TokenStream, TokenStream>? _beforeStopWords;

    public NewsAnalyzer()
    {
    }

    /// <summary>
    /// The same chain with one more filter on the lower-cased, folded words before stop words and stemming: the
    /// snippet builder drops words that cannot stem to a query term there, so only candidates pay for stemming.
    /// </summary>
    internal NewsAnalyzer(Func<TokenStream, TokenStream> beforeStopWords) => _beforeStopWords = beforeStopWords;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneSetup.Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(LuceneSetup.Version, tokenizer);
        stream = new LowerCaseFilter(LuceneSetup.Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        if (_beforeStopWords is not null)
        {
            stream = _beforeStopWords(stream);
        }

        stream = new StopFilter(LuceneSetup.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
