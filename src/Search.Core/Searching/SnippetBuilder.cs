using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Search.Core.Articles;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// Builds the result snippet: the best passages of lede, body and captions with the query's words in
/// <c>&lt;mark&gt;</c>, everything else HTML-escaped. With nothing to highlight it shows the lede.
/// </summary>
internal sealed class SnippetBuilder(Analyzer analyzer)
{
    private const int FragmentChars = 160;
    private const int MaxFragments = 2;
    private const int MaxAnalyzedChars = 60_000;
    private static readonly MinimalHtmlEncoder Encoder = new();

    public string Build(Article article, IReadOnlyCollection<string> terms, IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        var text = string.Join("\n\n", new[] { article.Summary, article.Body, ArticleDocumentBuilder.CaptionText(article) }
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Distinct(StringComparer.Ordinal));
        if (terms.Count > 0 || phrases.Count > 0)
        {
            var highlighted = Highlight(text, terms, phrases);
            if (!string.IsNullOrEmpty(highlighted))
            {
                return highlighted;
            }
        }

        return Encoder.EncodeText(Lede(text));
    }

    private string? Highlight(string text, IReadOnlyCollection<string> terms, IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(ArticleFields.Text, term)), Occur.SHOULD);
        }

        foreach (var phrase in phrases)
        {
            var pq = new PhraseQuery();
            foreach (var term in phrase)
            {
                pq.Add(new Term(ArticleFields.Text, term));
            }

            query.Add(pq, Occur.SHOULD);
        }

        var scorer = new QueryScorer(query, ArticleFields.Text);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentChars),
            MaxDocCharsToAnalyze = MaxAnalyzedChars,
        };
        using var tokens = analyzer.GetTokenStream(ArticleFields.Text, text);
        var fragments = highlighter.GetBestTextFragments(tokens, text, mergeContiguousFragments: true, MaxFragments)
            .Where(f => f is not null && f.Score > 0)
            .Select(f => f.ToString().Trim())
            .Where(f => f.Length > 0);
        return string.Join(" … ", fragments);
    }

    private static string Lede(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= FragmentChars * 2)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', FragmentChars * 2);
        return flat[..(cut > 0 ? cut : FragmentChars * 2)] + " …";
    }
}
