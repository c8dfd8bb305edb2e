using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Lucene.Scoring;

namespace Search.Core.Searching;

/// <summary>
/// Adds the proximity bonus to the best first-pass matches only, as Elasticsearch's rescore window does.
/// A sloppy phrase over every article that holds two common words ("officials said") reads the positions
/// of tens of thousands of articles and cost more than the rest of the search, yet it can only reorder
/// near the top. Scores are exact for the window (BM25 has no coord or query norm, so a clause scores the
/// same alone as inside the boolean query); articles below it keep their first-pass order and, the bonus
/// never being negative, stay below every rescored one, so pages never overlap or skip.
/// </summary>
internal static class ProximityRescorer
{
    /// <summary>How many of the best first-pass matches can be reordered by proximity.</summary>
    public const int Window = 100;

    public static ScoreDoc[] Rescore(IndexSearcher searcher, Query proximity, ScoreDoc[] ranked)
    {
        var window = Math.Min(Window, ranked.Length);
        if (window == 0)
        {
            return ranked;
        }

        var bonus = new BonusCollector();
        var filter = new DocSetFilter(ranked.Take(window).Select(d => d.Doc));
        searcher.Search(new FilteredQuery(proximity, filter, FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY), bonus);
        return ranked.Take(window)
            .Select(d => new ScoreDoc(d.Doc, d.Score + bonus.Scores.GetValueOrDefault(d.Doc)))
            .OrderByDescending(d => d.Score)
            .ThenBy(d => d.Doc)
            .Concat(ranked.Skip(window))
            .ToArray();
    }

    private sealed class BonusCollector : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;

        public Dictionary<int, float> Scores { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => Scores[_docBase + doc] = _scorer!.GetScore();
    }
}
