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
/// <para>
/// When the page ends inside the window, only the matches that can reach it are rescored: the first `wanted`, then
/// those further down whose first-pass score plus the most the bonus can add (BM25 of the phrase at any frequency)
/// still reaches the `wanted`-th rescored score among them. The page's hits, in order and with their scores, are those of
/// rescoring the whole window; matches past the page that were not rescored keep their first-pass order below it.
/// </para>
/// </summary>
internal static class ProximityRescorer
{
    /// <summary>How many of the best first-pass matches can be reordered by proximity.</summary>
    public const int Window = 100;

    /// <param name="wanted">The hits the page shows, from the first (page × size).</param>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, Query proximity, ScoreDoc[] ranked, int wanted) =>
        Rescore(searcher, proximity, ranked, wanted, out _);

    /// <param name="rescored">How many of the best first-pass matches were rescored (the tests' view of the early stop).</param>
    internal static ScoreDoc[] Rescore(IndexSearcher searcher, Query proximity, ScoreDoc[] ranked, int wanted, out int rescored)
    {
        var window = Math.Min(Window, ranked.Length);
        rescored = 0;
        if (window == 0)
        {
            return ranked;
        }

        var weight = searcher.CreateNormalizedWeight(proximity);
        var bonus = new Dictionary<int, float>();
        rescored = window;
        if (wanted < window && MostBonus(searcher, proximity) is { } most)
        {
            // The page's last rescored score is at least the `wanted`-th rescored score of the first `wanted`: a match below
            // it by more than the bonus can add cannot reach the page, nor can any after it (first-pass scores only fall).
            var first = Math.Max(1, wanted);
            AddBonuses(searcher, weight, ranked.AsSpan(0, first), bonus);
            var nth = (double)ranked.Take(first).Select(d => d.Score + bonus.GetValueOrDefault(d.Doc)).OrderDescending().ElementAt(first - 1);

            // Less a margin for the float sum of a score and its bonus, which can round up by half a unit in the last place.
            nth *= 1 - 1e-6;
            rescored = first;
            while (rescored < window && ranked[rescored].Score + most >= nth)
            {
                rescored++;
            }

            AddBonuses(searcher, weight, ranked.AsSpan(first, rescored - first), bonus);
        }
        else
        {
            AddBonuses(searcher, weight, ranked.AsSpan(0, window), bonus);
        }

        return ranked.Take(rescored)
            .Select(d => new ScoreDoc(d.Doc, d.Score + bonus.GetValueOrDefault(d.Doc)))
            .OrderByDescending(d => d.Score)
            .ThenBy(d => d.Doc)
            .Concat(ranked.Skip(rescored))
            .ToArray();
    }

    /// <summary>The proximity query's score on each of <paramref name="docs"/> that it matches, as a search filtered to them gives it.</summary>
    private static void AddBonuses(IndexSearcher searcher, Weight weight, ReadOnlySpan<ScoreDoc> docs, Dictionary<int, float> bonus)
    {
        if (docs.IsEmpty)
        {
            return;
        }

        var targets = new int[docs.Length];
        for (var i = 0; i < docs.Length; i++)
        {
            targets[i] = docs[i].Doc;
        }

        Array.Sort(targets);
        var next = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var end = leaf.DocBase + leaf.Reader.MaxDoc;
            if (next >= targets.Length || targets[next] >= end)
            {
                continue;
            }

            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            for (; next < targets.Length && targets[next] < end; next++)
            {
                var doc = targets[next] - leaf.DocBase;
                if (scorer is null || scorer.DocID > doc)
                {
                    continue;
                }

                if (scorer.DocID < doc && scorer.Advance(doc) == DocIdSetIterator.NO_MORE_DOCS)
                {
                    scorer = null;
                    continue;
                }

                if (scorer.DocID == doc)
                {
                    bonus[targets[next]] = scorer.GetScore();
                }
            }
        }
    }

    /// <summary>
    /// The most the proximity phrase can add to a match (BM25 at any frequency: its idf × boost × (k1 + 1)), or null when
    /// the searcher's similarity or the query is not one this can bound.
    /// </summary>
    private static double? MostBonus(IndexSearcher searcher, Query proximity)
    {
        if (searcher.Similarity is not TransparentBm25Similarity similarity || proximity is not PhraseQuery phrase || phrase.GetTerms() is not [_, ..] terms)
        {
            return null;
        }

        var docFreqs = terms.Select(t => (long)TermContexts.For(searcher.TopReaderContext, t).DocFreq).ToArray();
        return docFreqs.Any(d => d == 0) ? 0 : similarity.PhraseBound(phrase.Boost, docFreqs, searcher.CollectionStatistics(terms[0].Field).MaxDoc);
    }
}
