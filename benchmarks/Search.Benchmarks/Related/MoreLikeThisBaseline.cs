using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Search.Benchmarks.Corpus;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Benchmarks.Related;

/// <summary>
/// Lucene's MoreLikeThis for the sample articles in turn, as the peer harness runs it (title and
/// text, min term freq 1, min doc freq 2, 25 query terms, the source excluded, top 5 with ids).
/// Our index stores neither term vectors nor the text fields, only the article JSON, so the source
/// is looked up by id and its stored title and body are fed to <c>Like(TextReader, field)</c>; our
/// finder does the same lookup, so both timings include it.
/// </summary>
public sealed class MoreLikeThisBaseline
{
    private static readonly ISet<string> IdOnly = new HashSet<string> { ArticleFields.Id };
    private static readonly ISet<string> SourceOnly = new HashSet<string> { ArticleFields.Source };

    private readonly IndexSearcher _searcher;
    private readonly MoreLikeThis _mlt;
    private readonly string[] _ids;
    private int _next;

    public MoreLikeThisBaseline(BenchIndex index, string[] ids)
    {
        _searcher = index.RawSearcher;
        _ids = ids;
        _mlt = new MoreLikeThis(index.RawReader)
        {
            Analyzer = new NewsAnalyzer(),
            FieldNames = [ArticleFields.Title, ArticleFields.Text],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 25,
        };
    }

    /// <summary>Similar articles for the next sample article; returns how many and the length of their ids.</summary>
    public long Next()
    {
        var id = _ids[_next];
        _next = (_next + 1) % _ids.Length;
        long sum = 0;
        foreach (var similar in Similar(id))
        {
            sum += 1 + similar.Length;
        }

        return sum;
    }

    /// <summary>The ids of the five articles MoreLikeThis finds for <paramref name="id"/>, best first.</summary>
    public IReadOnlyList<string> Similar(string id)
    {
        var source = _searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
        if (source.TotalHits == 0)
        {
            throw new InvalidOperationException($"Unknown article {id}.");
        }

        var stored = _searcher.Doc(source.ScoreDocs[0].Doc, SourceOnly).GetBinaryValue(ArticleFields.Source);
        string title, body;
        using (var json = JsonDocument.Parse(stored.Bytes.AsMemory(stored.Offset, stored.Length)))
        {
            var article = json.RootElement.GetProperty("article");
            title = article.GetProperty("title").GetString() ?? "";
            body = article.GetProperty("body").GetString() ?? "";
        }

        var query = new BooleanQuery
        {
            { _mlt.Like(new StringReader(title + "\n\n" + body), ArticleFields.Text), Occur.MUST },
            { new TermQuery(new Term(ArticleFields.Id, id)), Occur.MUST_NOT },
        };
        return _searcher.Search(query, 5).ScoreDocs.Select(hit => _searcher.Doc(hit.Doc, IdOnly).Get(ArticleFields.Id)).ToArray();
    }
}
