using Lucene.Net.Search;

namespace Search.Lucene.Scoring;

/// <summary>
/// The rest of one segment of a <see cref="Bm25Disjunction"/> once its collector has counted what it counts: only the
/// documents that could still enter the collector's top hits are scored, by MaxScore (Turtle and Flood, 1995) with
/// each clause's bound (<see cref="Bm25Postings.Bound"/>). Sorted by bound, the clauses whose bounds together do not
/// exceed the N-th best score so far are non-essential: a document found by none of the others cannot enter, so
/// candidates come from the essential clauses alone, and the others are only advanced to a candidate while what it
/// has plus what they could add still beats the N-th score. Documents go in increasing order.
/// <para>
/// A collected document has every clause evaluated and its score summed as the window scorer sums it (in double, in
/// the postings' order, the first score assigned), so its float is the one an exhaustive pass gives; a document left
/// out could not have beaten the N-th score, and being later it would lose a tie on it.
/// </para>
/// </summary>
internal sealed class Bm25SkippingScorer
{
    private readonly Bm25Postings[] _postings;   // summation order
    private readonly int[] _byBound;             // indexes into _postings, ascending bound
    private readonly double[] _boundBelow;       // _boundBelow[j]: sum of the bounds of _byBound[0..j)
    private readonly int[] _excluded;
    private readonly float _k1;
    private readonly CollectedScorer _current;
    private readonly float[] _scores;
    private readonly bool[] _matched;
    private readonly long[] _costBelow;          // _costBelow[j]: postings of _byBound[0..j)
    private int _nextExcluded;

    public Bm25SkippingScorer(Bm25Postings[] postings, int[] excluded, float k1, CollectedScorer current)
    {
        _postings = postings;
        _byBound = Enumerable.Range(0, postings.Length).OrderBy(i => postings[i].Bound).ThenBy(i => i).ToArray();
        _boundBelow = new double[postings.Length + 1];
        for (var j = 0; j < _byBound.Length; j++)
        {
            _boundBelow[j + 1] = _boundBelow[j] + postings[_byBound[j]].Bound;
        }

        _costBelow = new long[postings.Length + 1];
        for (var j = 0; j < _byBound.Length; j++)
        {
            _costBelow[j + 1] = _costBelow[j] + postings[_byBound[j]].Docs.GetCost();
        }

        _excluded = excluded;
        _k1 = k1;
        _current = current;
        _scores = new float[postings.Length];
        _matched = new bool[postings.Length];
    }

    /// <summary>True when every clause has a bound to prune with (a negative or non-finite weight has none).</summary>
    public static bool CanBound(Bm25Postings[] postings) => postings.All(p => p.WeightValue >= 0 && float.IsFinite(p.WeightValue));

    /// <summary>
    /// True when, with the N-th score at <paramref name="theta"/>, the essential clauses hold under a third of the
    /// segment's postings: then reading only theirs, a document at a time, beats scoring every posting in windows.
    /// </summary>
    public bool FewEssential(double theta)
    {
        var essential = 0;
        while (essential < _byBound.Length && _boundBelow[essential + 1] <= theta)
        {
            essential++;
        }

        var all = _costBelow[^1];
        return (all - _costBelow[essential]) * 3 < all;
    }

    /// <summary>
    /// Scores and collects the segment's remaining competitive documents below <paramref name="max"/>; true if documents
    /// remain. <paramref name="nextExcluded"/>: the first excluded document not yet passed.
    /// </summary>
    public bool Score(ISkippingCollector collector, int max, int nextExcluded)
    {
        collector.SetScorer(_current);
        _nextExcluded = nextExcluded;
        var essential = 0; // _byBound[essential..] are the essential clauses
        while (true)
        {
            double theta = collector.MinCompetitiveScore;
            while (essential < _byBound.Length && _boundBelow[essential + 1] <= theta)
            {
                essential++;
            }

            var doc = DocIdSetIterator.NO_MORE_DOCS;
            for (var j = essential; j < _byBound.Length; j++)
            {
                doc = Math.Min(doc, _postings[_byBound[j]].Docs.DocID);
            }

            if (doc == DocIdSetIterator.NO_MORE_DOCS)
            {
                // No essential clause left (nothing more can enter) or every posting read.
                return false;
            }

            if (doc >= max)
            {
                return true;
            }

            var partial = 0d;
            for (var j = essential; j < _byBound.Length; j++)
            {
                var i = _byBound[j];
                if (_postings[i].Docs.DocID == doc)
                {
                    Match(i, doc, ref partial);
                }
            }

            while (_nextExcluded < _excluded.Length && _excluded[_nextExcluded] < doc)
            {
                _nextExcluded++;
            }

            if ((_nextExcluded >= _excluded.Length || _excluded[_nextExcluded] != doc) && Complete(doc, essential, partial, theta))
            {
                Collect(collector, doc);
            }

            Array.Clear(_matched);
            for (var j = essential; j < _byBound.Length; j++)
            {
                var docs = _postings[_byBound[j]].Docs;
                if (docs.DocID == doc)
                {
                    docs.NextDoc();
                }
            }
        }
    }

    /// <summary>
    /// Adds the non-essential clauses' scores, largest bound first, as long as the document can still beat the N-th
    /// score; false as soon as it cannot.
    /// </summary>
    private bool Complete(int doc, int essential, double partial, double theta)
    {
        for (var j = essential - 1; j >= 0; j--)
        {
            if (partial + _boundBelow[j + 1] <= theta)
            {
                return false;
            }

            var i = _byBound[j];
            var docs = _postings[i].Docs;
            if (docs.DocID < doc)
            {
                docs.Advance(doc);
            }

            if (docs.DocID == doc)
            {
                Match(i, doc, ref partial);
            }
        }

        // The collector has the last word on a tie.
        return true;
    }

    private void Match(int clause, int doc, ref double partial)
    {
        var score = _postings[clause].Score(doc, _k1);
        _scores[clause] = score;
        _matched[clause] = true;
        partial += score;
    }

    /// <summary>The window scorer's sum: in double, in the postings' order.</summary>
    private void Collect(ISkippingCollector collector, int doc)
    {
        var sum = 0d;
        var any = false;
        for (var i = 0; i < _postings.Length; i++)
        {
            if (_matched[i])
            {
                sum = any ? sum + _scores[i] : _scores[i];
                any = true;
            }
        }

        _current.Doc = doc;
        _current.Value = (float)sum;
        collector.Collect(doc);
    }
}
