using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Evaluation.Baselines;

/// <summary>
/// The standard tool to beat: plain Lucene <see cref="MoreLikeThis"/> over title and text on the same
/// searcher (BM25 at search time; MLT picks its terms by its own tf·idf; min term freq 1, min doc freq 2,
/// 25 query terms, as the peer harness runs it), the source excluded. The text field is neither stored nor
/// vectorised, so the source's headline and body are analyzed again. The evaluations and the benchmarks
/// both use this one.
/// </summary>
public sealed class MoreLikeThisBaseline
{
    private static readonly ISet<string> IdOnly = new HashSet<string>(StringComparer.Ordinal) { ArticleFields.Id };

    private readonly IndexSearcher _searcher;
    private readonly MoreLikeThis _moreLikeThis;

    public MoreLikeThisBaseline(IndexSearcher searcher, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        _searcher = searcher;
        _moreLikeThis = new MoreLikeThis(searcher.IndexReader)
        {
            FieldNames = [ArticleFields.Title, ArticleFields.Text],
            Analyzer = analyzer,
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 25,
        };
    }

    /// <summary>Ids of the <paramref name="count"/> articles MoreLikeThis finds most like <paramref name="source"/>.</summary>
    public IReadOnlyList<string> Find(Article source, int count)
    {
        ArgumentNullException.ThrowIfNull(source);
        // MLT analyzes the text with the given field's analyzer and, per term, queries whichever of its
        // fields has the higher document frequency: text, in practice.
        using var text = new StringReader(source.Title + "\n" + source.Body);
        var query = new BooleanQuery
        {
            { _moreLikeThis.Like(text, ArticleFields.Text), Occur.MUST },
            { new TermQuery(new Term(ArticleFields.Id, source.Id)), Occur.MUST_NOT },
        };

        return _searcher.Search(query, count).ScoreDocs
            .Select(hit => _searcher.Doc(hit.Doc, IdOnly).Get(ArticleFields.Id))
            .ToArray();
    }

    /// <summary>The same for an indexed article, read back from the index by id (the timing includes the lookup, as ours does).</summary>
    public IReadOnlyList<string> Find(string id, int count) =>
        Find((ArticleLookup.Find(_searcher, id) ?? throw new InvalidOperationException($"Unknown article {id}.")).Article, count);
}
