using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Search.Core.Schema;

/// <summary>
/// Whole words, lower-cased and folded but not stemmed: the vocabulary that suggestions and
/// "did you mean" offer back to a reader, so it must be real words ("policy", not "polici").
/// </summary>
public sealed class WordAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneSetup.Version, reader);
        TokenStream stream = new LowerCaseFilter(LuceneSetup.Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
