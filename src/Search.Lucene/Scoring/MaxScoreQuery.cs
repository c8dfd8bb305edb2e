using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Lucene.Execution;

namespace Search.Lucene.Scoring;

/// <summary>
/// The best hits of a <see cref="BooleanQuery"/> of SHOULD clauses (and MUST_NOT exclusions, no coord) without
/// scoring every match: MaxScore (Turtle and Flood, 1995). Each clause comes with an upper bound of what it can add
/// to a document's score. Once the collector holds its top N, the clauses whose bounds together cannot lift a
/// document above the N-th score are only checked on documents the others found, and a document is dropped as
/// soon as what it has plus what it could still get is not enough. Lucene.Net 4.8 has no such pruning (no
/// block-max WAND) and walks every posting of every clause.
/// <para>
/// The answer is the boolean query's, score for score: a document that is kept has every clause evaluated and
/// its sum added up as Lucene's <c>BooleanScorer</c> adds it (in double, last clause first), and one that is
/// dropped could not have entered the top N. Only <see cref="TopDocs.TotalHits"/> differs: it counts the
/// documents that were fully scored. Use <see cref="Top"/>, whose collector tells the scorer the N-th score.
/// </para>
/// </summary>
public sealed class MaxScoreQuery : Query
{
    private readonly BooleanQuery _query;
    private readonly double[] _bounds;

    /// <param name="query">SHOULD and MUST_NOT clauses only, coord disabled.</param>
    /// <param name="bounds">For each SHOULD clause, in order, a score it never exceeds on any document.</param>
    public MaxScoreQuery(BooleanQuery query, IReadOnlyList<double> bounds)
    {
        if (!query.CoordDisabled || query.MinimumNumberShouldMatch != 0 || query.Clauses.Any(c => c.Occur == Occur.MUST))
        {
            throw new ArgumentException("Only SHOULD and MUST_NOT clauses without coord can be pruned by MaxScore.", nameof(query));
        }

        if (bounds.Count != query.Clauses.Count(c => c.Occur == Occur.SHOULD))
        {
            throw new ArgumentException("One bound per SHOULD clause.", nameof(bounds));
        }

        _query = query;
        _bounds = bounds.ToArray();
    }

    /// <summary>A bound for a <see cref="ConstantScoreQuery"/> with the given boost: its score is the boost.</summary>
    public static double ConstantBound(float boost) => Padded(boost);

    // Room for float rounding in the scorers: a bound must never be below what they compute.
    private static double Padded(double bound) => bound * (1 + 1e-5) + 1e-9;

    /// <summary>The best <paramref name="count"/> hits, as <see cref="SlicedSearch.Top"/> gives them for the plain boolean query.</summary>
    public static TopDocs Top(IndexSearcher searcher, MaxScoreQuery query, int count, bool split = true)
    {
        count = Math.Max(1, Math.Min(count, Math.Max(1, searcher.IndexReader.MaxDoc)));
        var collectors = SlicedSearch.Run(searcher, query, () => new ThresholdCollector(count), split);
        return SlicedSearch.Merge(null, count, collectors);
    }

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = new BooleanQuery(disableCoord: true) { Boost = _query.Boost };
        var changed = false;
        foreach (var clause in _query.Clauses)
        {
            var query = clause.Query.Rewrite(reader);
            changed |= !ReferenceEquals(query, clause.Query);
            rewritten.Add(query, clause.Occur);
        }

        return changed ? new MaxScoreQuery(rewritten, _bounds) { Boost = Boost } : this;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new MaxScoreWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms) => _query.ExtractTerms(terms);

    public override string ToString(string field) => $"maxscore({_query.ToString(field)})";

    public override bool Equals(object? obj) =>
        obj is MaxScoreQuery other && Boost == other.Boost && _query.Equals(other._query) && _bounds.AsSpan().SequenceEqual(other._bounds);

    public override int GetHashCode() => HashCode.Combine(_query, Boost, _bounds.Length);

    /// <summary>
    /// Collects into Lucene's top-N collector and keeps the N-th best score so far, which the scorer reads.
    /// Documents arrive in order, so a later document with the N-th score cannot enter either.
    /// </summary>
    internal sealed class ThresholdCollector(int count) : ITopDocsCollector
    {
        private readonly TopScoreDocCollector _top = TopScoreDocCollector.Create(count, docsScoredInOrder: true);
        private readonly ScoreFloor _floor = new(count);
        private Scorer? _scorer;

        /// <summary>The N-th best score collected, or negative infinity until N documents have been.</summary>
        public float Threshold => _floor.Value;

        public bool AcceptsDocsOutOfOrder => false;

        public int TotalHits => _top.TotalHits;

        public void SetScorer(Scorer scorer)
        {
            _scorer = scorer;
            _top.SetScorer(scorer);
        }

        public void SetNextReader(AtomicReaderContext context) => _top.SetNextReader(context);

        public void Collect(int doc)
        {
            _top.Collect(doc);
            _floor.Offer(_scorer!.GetScore());
        }

        public TopDocs GetTopDocs() => _top.GetTopDocs();

        public TopDocs GetTopDocs(int start) => _top.GetTopDocs(start);

        public TopDocs GetTopDocs(int start, int howMany) => _top.GetTopDocs(start, howMany);


    }

    private sealed class MaxScoreWeight : Weight
    {
        private readonly MaxScoreQuery _owner;
        private readonly Weight[] _should;
        private readonly Weight[] _mustNot;
        private readonly PlainWeight _boolean;

        public MaxScoreWeight(MaxScoreQuery owner, IndexSearcher searcher)
        {
            _owner = owner;
            _boolean = new PlainWeight(searcher, () => owner._query);
            var clauses = owner._query.Clauses;
            _should = clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => c.Query.CreateWeight(searcher)).ToArray();
            _mustNot = clauses.Where(c => c.Occur == Occur.MUST_NOT).Select(c => c.Query.CreateWeight(searcher)).ToArray();
        }

        public override Query Query => _owner;

        public override bool ScoresDocsOutOfOrder => false;

        // As BooleanWeight: the SHOULD clauses' sum times the square of the boost.
        public override float GetValueForNormalization()
        {
            var sum = 0f;
            foreach (var weight in _should)
            {
                sum += weight.GetValueForNormalization();
            }

            foreach (var weight in _mustNot)
            {
                weight.GetValueForNormalization();
            }

            var boost = _owner._query.Boost * _owner.Boost;
            return sum * boost * boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            topLevelBoost *= _owner.Boost;
            _boolean.Normalize(norm, topLevelBoost);
            topLevelBoost *= _owner._query.Boost;
            foreach (var weight in _should.Concat(_mustNot))
            {
                weight.Normalize(norm, topLevelBoost);
            }
        }

        public override Explanation Explain(AtomicReaderContext context, int doc) => _boolean.Weight.Explain(context, doc);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) => _boolean.Weight.GetScorer(context, acceptDocs);

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            var clauses = new List<Clause>(_should.Length);
            var boost = _owner._query.Boost * _owner.Boost;
            for (var i = 0; i < _should.Length; i++)
            {
                if (_should[i].GetScorer(context, acceptDocs) is { } scorer && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    clauses.Add(new Clause(i, scorer, _owner._bounds[i] * Math.Max(1, boost)));
                }
            }

            if (clauses.Count == 0)
            {
                return null;
            }

            var excluded = new List<int>();
            foreach (var weight in _mustNot)
            {
                var scorer = weight.GetScorer(context, acceptDocs);
                for (var doc = scorer?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer!.NextDoc())
                {
                    excluded.Add(doc);
                }
            }

            excluded.Sort();
            return new MaxScoreScorer(this, clauses, excluded.Distinct().ToArray());
        }
    }

    private sealed class Clause(int index, Scorer scorer, double bound)
    {
        /// <summary>Position among the SHOULD clauses: the order BooleanScorer adds scores in (last first).</summary>
        public int Index { get; } = index;

        public Scorer Scorer { get; } = scorer;

        public double Bound { get; } = bound;

        public int Doc => Scorer.DocID;
    }

    /// <summary>One segment, documents in order.</summary>
    private sealed class MaxScoreScorer : BulkScorer
    {
        private readonly Clause[] _byBound;      // ascending bound: the first _passive ones only check documents others found
        private readonly double[] _boundBelow;   // _boundBelow[j]: sum of the bounds of _byBound[0..j)
        private readonly int[] _excluded;
        private readonly CollectedScorer _current;
        private readonly Clause[] _heap;         // the active clauses, a min-heap on their current document
        private readonly float[] _scores;        // the current document's score per clause (by Index), NaN where it has none
        private readonly int[] _matched;
        private int _heapSize;
        private int _passive;

        public MaxScoreScorer(Weight weight, List<Clause> clauses, int[] excluded)
        {
            _byBound = clauses.OrderBy(c => c.Bound).ThenBy(c => c.Index).ToArray();
            _boundBelow = new double[_byBound.Length + 1];
            for (var j = 0; j < _byBound.Length; j++)
            {
                _boundBelow[j + 1] = _boundBelow[j] + _byBound[j].Bound;
            }

            _excluded = excluded;
            _current = new CollectedScorer(weight);
            _heap = new Clause[_byBound.Length];
            _scores = new float[clauses.Max(c => c.Index) + 1];
            _matched = new int[_byBound.Length];
            RebuildHeap();
        }

        public override bool Score(ICollector collector, int max)
        {
            collector.SetScorer(_current);
            var threshold = collector is ThresholdCollector withThreshold ? withThreshold : null;
            UpdatePassive(threshold);
            while (_heapSize > 0)
            {
                var doc = _heap[0].Doc;
                if (doc >= max)
                {
                    return true;
                }

                var theta = threshold?.Threshold ?? float.NegativeInfinity;
                var matched = 0;
                var partial = 0d;
                while (_heapSize > 0 && _heap[0].Doc == doc)
                {
                    var clause = _heap[0];
                    var score = clause.Scorer.GetScore();
                    _scores[clause.Index] = score;
                    _matched[matched++] = clause.Index;
                    partial += score;
                    if (clause.Scorer.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        _heap[0] = _heap[--_heapSize];
                    }

                    SiftDown(0);
                }

                if (Array.BinarySearch(_excluded, doc) >= 0)
                {
                    continue;
                }

                var pruned = false;
                for (var j = _passive - 1; j >= 0; j--)
                {
                    // What the document has plus the most the remaining clauses could add: not above the N-th score, out.
                    if ((float)(partial + _boundBelow[j + 1]) <= theta)
                    {
                        pruned = true;
                        break;
                    }

                    var clause = _byBound[j];
                    if (clause.Doc < doc)
                    {
                        clause.Scorer.Advance(doc);
                    }

                    if (clause.Doc == doc)
                    {
                        var score = clause.Scorer.GetScore();
                        _scores[clause.Index] = score;
                        _matched[matched++] = clause.Index;
                        partial += score;
                    }
                }

                if (pruned)
                {
                    continue;
                }

                // BooleanScorer's sum: in double, the last clause first.
                Array.Sort(_matched, 0, matched);
                var sum = 0d;
                for (var m = matched - 1; m >= 0; m--)
                {
                    sum += _scores[_matched[m]];
                }

                _current.Doc = doc;
                _current.Value = (float)sum;
                collector.Collect(doc);
                UpdatePassive(threshold);
            }

            return false;
        }

        /// <summary>Moves the clauses that can no longer lift a document on their own out of the heap as the N-th score rises.</summary>
        private void UpdatePassive(ThresholdCollector? threshold)
        {
            if (threshold is null)
            {
                return;
            }

            var passive = _passive;
            while (passive < _byBound.Length && (float)_boundBelow[passive + 1] <= threshold.Threshold)
            {
                passive++;
            }

            if (passive != _passive)
            {
                _passive = passive;
                RebuildHeap();
            }
        }

        private void RebuildHeap()
        {
            _heapSize = 0;
            for (var j = _passive; j < _byBound.Length; j++)
            {
                if (_byBound[j].Doc != DocIdSetIterator.NO_MORE_DOCS)
                {
                    _heap[_heapSize++] = _byBound[j];
                }
            }

            for (var i = (_heapSize / 2) - 1; i >= 0; i--)
            {
                SiftDown(i);
            }
        }

        private void SiftDown(int i)
        {
            while (true)
            {
                var smallest = i;
                var left = (2 * i) + 1;
                if (left < _heapSize && _heap[left].Doc < _heap[smallest].Doc)
                {
                    smallest = left;
                }

                if (left + 1 < _heapSize && _heap[left + 1].Doc < _heap[smallest].Doc)
                {
                    smallest = left + 1;
                }

                if (smallest == i)
                {
                    return;
                }

                (_heap[smallest], _heap[i]) = (_heap[i], _heap[smallest]);
                i = smallest;
            }
        }
    }
}
