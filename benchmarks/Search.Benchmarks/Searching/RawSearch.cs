using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using Search.Benchmarks.Corpus;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Benchmarks.Searching;

/// <summary>
/// The raw Lucene.Net equivalent of a search-box query, as a plain application would write it:
/// SimpleQueryParser over text and title (title weighted as in <see cref="RankingOptions"/>), a
/// filtered query for a section, a sort on the date doc values for newest, top 10 and the stored
/// id of each hit. Uses our analyzer only because the index was built with it.
/// </summary>
public sealed class RawSearch
{
    private static readonly ISet<string> IdOnly = new HashSet<string> { ArticleFields.Id };

    private readonly IndexSearcher _searcher;
    private readonly SimpleQueryParser _parser;
    private readonly Sort _newest = new(new SortField(ArticleFields.PublishedSort, SortFieldType.INT64, reverse: true));

    public RawSearch(BenchIndex index)
    {
        _searcher = index.RawSearcher;
        var weights = new Dictionary<string, float>
        {
            [ArticleFields.Text] = 1f,
            [ArticleFields.Title] = RankingOptions.Default.TitleBoost,
        };
        _parser = new SimpleQueryParser(AnalyzerFactory.CreateIndexAnalyzer(), weights) { DefaultOperator = Occur.SHOULD };
    }

    /// <summary>Runs the query; returns total hits plus the length of the ids loaded, so nothing is optimised away.</summary>
    public long Run(MixQuery query)
    {
        var parsed = _parser.Parse(query.RawQuery);
        if (query.Section is not null)
        {
            var filter = new TermQuery(new Term(ArticleFields.Section, query.Section.ToLowerInvariant()));
            parsed = new FilteredQuery(parsed, new QueryWrapperFilter(filter));
        }

        var top = query.Newest ? _searcher.Search(parsed, null, 10, _newest) : _searcher.Search(parsed, 10);
        long result = top.TotalHits;
        foreach (var hit in top.ScoreDocs)
        {
            result += _searcher.Doc(hit.Doc, IdOnly).Get(ArticleFields.Id).Length;
        }

        if (query.Class == QueryClass.Faceted)
        {
            // The facet-free stand-in: one more pass over every match, counting it.
            var count = new TotalHitCountCollector();
            _searcher.Search(parsed, count);
            result += count.TotalHits;
        }

        return result;
    }
}
