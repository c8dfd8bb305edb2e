using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Lucene.Scoring;

/// <summary>
/// A disjunction of BM25 term clauses with MUST_NOT exclusions (no coord), scored the way Lucene's
/// <c>BooleanScorer</c> scores a <see cref="BooleanQuery"/> of <see cref="TermQuery"/>s, in windows of 2,048
/// documents, but reading each clause's postings straight into arrays: per posting one call for the next
/// document and one for its frequency, where the boolean query goes through a bulk scorer, a collector, a
/// term scorer, a similarity scorer and the norms (six virtual calls) and a bucket object.
/// <para>
/// Same scores to the bit: the term weight and the length cache come from <see cref="BM25Similarity"/> itself,
/// the per-posting formula is its scorer's, and a document's sum is added up in double, last clause first,
/// as BooleanScorer adds it. Tests compare hits and scores with the boolean query.
/// </para>
/// <para>
/// Given an <see cref="ISkippingCollector"/> that has counted all it counts, the rest of a segment only hands over
/// documents that can still enter the collector's top hits: MaxScore (Turtle and Flood, 1995) a window at a time, each
/// clause bounded by its term's block maxima where the segment keeps them (<see cref="TermBlockMaxima"/>), candidates
/// read from the clauses that can lift a document past the N-th score and completed from the others only while they
/// still can; the documents handed over keep their floats.
/// </para>
/// </summary>
public sealed class Bm25Disjunction : Query
{
    private const int WindowBits = 11;
    private const int WindowSize = 1 << WindowBits;
    private const int WindowMask = WindowSize - 1;

    private readonly Clause[] _clauses;
    private readonly Term[] _excluded;

    /// <param name="clauses">The terms (of one field or several), each with its term states if known, and its boost.</param>
    /// <param name="excluded">Documents holding any of these terms are left out.</param>
    public Bm25Disjunction(IReadOnlyList<(Term Term, TermContext? Context, float Boost)> clauses, IReadOnlyList<Term> excluded)
    {
        _clauses = clauses.Select(c => new Clause(c.Term, c.Context, c.Boost)).ToArray();
        _excluded = excluded.ToArray();
    }

    /// <summary>The same query as Lucene builds it, for comparison and for anything that needs a plain query.</summary>
    public BooleanQuery ToBooleanQuery()
    {
        var query = new BooleanQuery(disableCoord: true) { Boost = Boost };
        foreach (var clause in _clauses)
        {
            var term = clause.Context is null ? new TermQuery(clause.Term) : new TermQuery(clause.Term, clause.Context);
            term.Boost = clause.Boost;
            query.Add(term, Occur.SHOULD);
        }

        foreach (var term in _excluded)
        {
            query.Add(new TermQuery(term), Occur.MUST_NOT);
        }

        return query;
    }

    /// <summary>
    /// The scores of the given documents that match (excluded and deleted ones left out), without walking the
    /// rest of the postings: each clause skips from one given document to the next. The sum per document is
    /// the disjunction's (double, last clause first); Lucene's filtered boolean query adds the same floats in
    /// the order of its scorer heap, which can differ from this in the last bit.
    /// </summary>
    public Dictionary<int, float> ScoreDocuments(IndexSearcher searcher, IEnumerable<int> docs)
    {
        var sorted = docs.Distinct().Order().ToArray();
        var scores = new Dictionary<int, float>(sorted.Length);
        if (sorted.Length == 0 || searcher.CreateNormalizedWeight(this) is not Bm25Weight weight)
        {
            if (sorted.Length > 0)
            {
                var filtered = new FilteredQuery(ToBooleanQuery(), new DocSetFilter(sorted), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
                foreach (var hit in searcher.Search(filtered, sorted.Length).ScoreDocs)
                {
                    scores[hit.Doc] = hit.Score;
                }
            }

            return scores;
        }

        var sums = new double[sorted.Length];
        var matched = new bool[sorted.Length];
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var first = Array.BinarySearch(sorted, leaf.DocBase);
            first = first < 0 ? ~first : first;
            var last = Array.BinarySearch(sorted, leaf.DocBase + leaf.AtomicReader.MaxDoc);
            last = last < 0 ? ~last : last;
            if (first == last)
            {
                continue;
            }

            var (postings, excluded) = weight.Open(leaf, leaf.AtomicReader.LiveDocs);
            foreach (var clause in postings)
            {
                var docsEnum = clause.Docs;
                for (var i = first; i < last && docsEnum.DocID != DocIdSetIterator.NO_MORE_DOCS; i++)
                {
                    var target = sorted[i] - leaf.DocBase;
                    if (docsEnum.DocID < target)
                    {
                        docsEnum.Advance(target);
                    }

                    if (docsEnum.DocID == target)
                    {
                        var score = clause.Score(target, weight.K1);
                        sums[i] = matched[i] ? sums[i] + score : score;
                        matched[i] = true;
                    }
                }
            }

            for (var i = first; i < last; i++)
            {
                if (matched[i] && Array.BinarySearch(excluded, sorted[i] - leaf.DocBase) < 0)
                {
                    scores[sorted[i]] = (float)sums[i];
                }
            }
        }

        return scores;
    }

    /// <summary>
    /// The same scores as <see cref="ScoreDocuments"/> for documents whose clause frequencies the caller has already read
    /// (<paramref name="frequency"/>(i, c): clause c's frequency in the i-th of <paramref name="sortedDocs"/>, 0 where
    /// absent): no postings are walked, only the documents' norms are read. Bit-identical to it: the same float per clause,
    /// summed in the same order (last clause first, as a double). With excluded terms it reads the postings instead.
    /// </summary>
    public Dictionary<int, float> ScoreFrequencies(IndexSearcher searcher, IReadOnlyList<int> sortedDocs, Func<int, int, int> frequency)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(sortedDocs);
        ArgumentNullException.ThrowIfNull(frequency);
        if (_excluded.Length > 0 || sortedDocs.Count == 0 || searcher.CreateNormalizedWeight(this) is not Bm25Weight weight)
        {
            return ScoreDocuments(searcher, sortedDocs);
        }

        var scores = new Dictionary<int, float>(sortedDocs.Count);
        var leaves = searcher.IndexReader.Leaves;
        var norms = new NumericDocValues?[_clauses.Length];
        AtomicReaderContext? leaf = null;
        for (var i = 0; i < sortedDocs.Count; i++)
        {
            var doc = sortedDocs[i];
            if (leaf is null || doc >= leaf.DocBase + leaf.AtomicReader.MaxDoc)
            {
                leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
                for (var c = 0; c < _clauses.Length; c++)
                {
                    norms[c] = leaf.AtomicReader.GetNormValues(_clauses[c].Term.Field);
                }
            }

            var sum = 0d;
            var matched = false;
            for (var c = _clauses.Length - 1; c >= 0; c--)
            {
                var count = frequency(i, c);
                if (count <= 0)
                {
                    continue;
                }

                var score = weight.Score(c, count, norms[c], doc - leaf.DocBase);
                sum = matched ? sum + score : score;
                matched = true;
            }

            if (matched)
            {
                scores[doc] = (float)sum;
            }
        }

        return scores;
    }

    public override Weight CreateWeight(IndexSearcher searcher) =>
        searcher.Similarity is TransparentBm25Similarity bm25 ? new Bm25Weight(this, searcher, bm25) : ToBooleanQuery().CreateWeight(searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var clause in _clauses)
        {
            terms.Add(clause.Term);
        }
    }

    public override string ToString(string field) => $"bm25or({ToBooleanQuery().ToString(field)})";

    public override bool Equals(object? obj) => obj is Bm25Disjunction other && Boost == other.Boost && ToBooleanQuery().Equals(other.ToBooleanQuery());

    public override int GetHashCode() => HashCode.Combine(_clauses.Length, _excluded.Length, Boost);

    private sealed record Clause(Term Term, TermContext? Context, float Boost);

    private sealed class Bm25Weight : Weight
    {
        private readonly Bm25Disjunction _owner;
        private readonly TransparentBm25Similarity _similarity;
        private readonly TermContext[] _contexts;
        private readonly Dictionary<string, (long MaxDoc, float[] LengthFactors)> _fields = new(StringComparer.Ordinal);
        private readonly PlainWeight _boolean;
        private readonly float[] _weightValues;
        private readonly float[][] _lengthFactors;

        public Bm25Weight(Bm25Disjunction owner, IndexSearcher searcher, TransparentBm25Similarity similarity)
        {
            _owner = owner;
            _similarity = similarity;
            _boolean = new PlainWeight(searcher, owner.ToBooleanQuery);
            var top = searcher.TopReaderContext;
            _contexts = owner._clauses.Select(c => c.Context ?? TermContexts.For(top, c.Term)).ToArray();
            _weightValues = new float[_contexts.Length];
            _lengthFactors = new float[_contexts.Length][];
            foreach (var field in owner._clauses.Select(c => c.Term.Field).Distinct())
            {
                var collection = searcher.CollectionStatistics(field);
                _fields[field] = (collection.MaxDoc, similarity.LengthFactors(collection));
            }
        }

        public override Query Query => _owner;

        public override bool ScoresDocsOutOfOrder => true;

        // As BooleanWeight over TermWeights: the sum of (idf × boost)² (BM25's query norm then ignores it).
        public override float GetValueForNormalization()
        {
            var sum = 0f;
            for (var i = 0; i < _contexts.Length; i++)
            {
                var clause = _owner._clauses[i];
                sum += _similarity.ValueForNormalization(clause.Boost, _contexts[i].DocFreq, _fields[clause.Term.Field].MaxDoc);
            }

            return sum * _owner.Boost * _owner.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            _boolean.Normalize(norm, topLevelBoost);
            topLevelBoost *= _owner.Boost;
            for (var i = 0; i < _contexts.Length; i++)
            {
                var clause = _owner._clauses[i];
                var (maxDoc, lengthFactors) = _fields[clause.Term.Field];
                _weightValues[i] = _similarity.WeightValue(clause.Boost, topLevelBoost, _contexts[i].DocFreq, maxDoc);
                _lengthFactors[i] = lengthFactors;
            }
        }

        public override Explanation Explain(AtomicReaderContext context, int doc) => _boolean.Weight.Explain(context, doc);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) => _boolean.Weight.GetScorer(context, acceptDocs);

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            var (postings, excluded) = Open(context, acceptDocs);
            return postings.Length == 0 ? null : new WindowScorer(this, postings, excluded, _similarity.K1, scoreDocsInOrder);
        }

        /// <summary>
        /// The clauses' postings in one segment, each on its first document, last clause first (the order
        /// BooleanScorer adds scores in), and the segment's excluded documents in order.
        /// </summary>
        public (Bm25Postings[] Postings, int[] Excluded) Open(AtomicReaderContext context, IBits acceptDocs)
        {
            var reader = context.AtomicReader;
            var postings = new List<Bm25Postings>(_contexts.Length);
            // One terms enumerator per field and segment (the search box interleaves four fields, term by term):
            // positioning it from a term state reads nothing.
            var enumerators = new Dictionary<string, TermsEnum>(StringComparer.Ordinal);
            for (var i = 0; i < _contexts.Length; i++)
            {
                var clause = _owner._clauses[i];
                if (_contexts[i].Get(context.Ord) is not { } state)
                {
                    continue;
                }

                if (!enumerators.TryGetValue(clause.Term.Field, out var terms))
                {
                    terms = reader.GetTerms(clause.Term.Field)!.GetEnumerator();
                    enumerators[clause.Term.Field] = terms;
                }

                terms.SeekExact(clause.Term.Bytes, state);
                var docs = terms.Docs(acceptDocs, null);
                if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var (term, docFreq) = (clause.Term, terms.DocFreq);
                    postings.Add(new Bm25Postings(
                        docs, _weightValues[i], _lengthFactors[i], reader.GetNormValues(term.Field), () => TermBlockMaxima.For(reader, term, state, docFreq)));
                }
            }

            var excluded = new List<int>();
            if (postings.Count > 0)
            {
                foreach (var term in _owner._excluded)
                {
                    var docs = reader.GetTermDocsEnum(term);
                    for (var doc = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs!.NextDoc())
                    {
                        excluded.Add(doc);
                    }
                }
            }

            excluded.Sort();
            postings.Reverse();
            return (postings.ToArray(), excluded.ToArray());
        }

        /// <summary>BM25Similarity's scorer: weight × (k1 + 1) × freq / (freq + length factor).</summary>
        public float K1 => _similarity.K1;

        /// <summary>What <see cref="Bm25Postings.Score"/> gives clause <paramref name="clause"/> at <paramref name="count"/> occurrences in a segment's document.</summary>
        public float Score(int clause, int count, NumericDocValues? norms, int doc)
        {
            float freq = count;
            var norm = norms is null ? _similarity.K1 : _lengthFactors[clause][((sbyte)norms.Get(doc)) & 0xFF];
            return _weightValues[clause] * freq / (freq + norm);
        }
    }

    private sealed class WindowScorer(Weight weight, Bm25Postings[] postings, int[] excluded, float k1, bool inOrder) : BulkScorer
    {
        // Pooled (and, once skipping, the per-clause scores and masks): a query makes one scorer per segment, and 32 KB of
        // fresh arrays each was a large share of what a search allocated. Given back once the postings are exhausted; a
        // scorer stopped early leaves them to the GC.
        private double[] _scores = ArrayPool<double>.Shared.Rent(WindowSize);
        private int[] _stamps = RentCleared(WindowSize);
        private int[] _slots = ArrayPool<int>.Shared.Rent(WindowSize);
        private readonly CollectedScorer _current = new(weight);
        private int _window;
        private int _nextExcluded;

        // Only clauses with a bound can be left unread (a negative or non-finite weight has none), and which clauses hold
        // a document is one bit each.
        private readonly bool _canBound = postings.Length <= MaxBoundedClauses && postings.All(p => p.WeightValue >= 0 && float.IsFinite(p.WeightValue));

        // Once skipping (ScoreCompetitive): each clause's score per window slot, which clauses hold each slot, each
        // clause's bound in the window, the clauses by that bound, and the bounds of the first j of them together.
        private float[] _clauseScores = [];
        private long[] _masks = [];
        private double[] _windowBounds = [];
        private int[] _order = [];
        private double[] _nonEssentialBelow = [];
        private int[] _byYield = [];
        private double[] _yields = [];
        private double[]?[]? _blockBounds; // per clause: what it adds at most in each block of its segment

        private const int MaxBoundedClauses = 64;

        public override bool Score(ICollector collector, int max)
        {
            collector.SetScorer(_current);
            var skipping = collector as ISkippingCollector;
            while (true)
            {
                var first = DocIdSetIterator.NO_MORE_DOCS;
                foreach (var clause in postings)
                {
                    first = Math.Min(first, clause.Docs.DocID);
                }

                if (first == DocIdSetIterator.NO_MORE_DOCS)
                {
                    ReturnArrays();
                    return false;
                }

                var start = first & ~WindowMask;
                if (start >= max)
                {
                    return true;
                }

                // Between windows, so the collector has counted whole windows: from here on it only wants what can enter
                // its top hits, and each window reads only what can (ScoreCompetitive).
                var end = Math.Min(start + WindowSize, max);
                if (skipping is { CountingDone: true } && _canBound)
                {
                    skipping.StartSkipping();
                    if (skipping.MinCompetitiveScore > float.NegativeInfinity)
                    {
                        ScoreCompetitive(skipping, start, end);
                        continue;
                    }
                }

                var window = ++_window;
                var count = 0;
                foreach (var clause in postings)
                {
                    var docs = clause.Docs;
                    for (var doc = docs.DocID; doc < end; doc = docs.NextDoc())
                    {
                        var score = clause.Score(doc, k1);
                        var slot = doc & WindowMask;
                        if (_stamps[slot] != window)
                        {
                            _stamps[slot] = window;
                            _scores[slot] = score;
                            _slots[count++] = slot;
                        }
                        else
                        {
                            _scores[slot] += score;
                        }
                    }
                }

                while (_nextExcluded < excluded.Length && excluded[_nextExcluded] < end)
                {
                    var doc = excluded[_nextExcluded++];
                    if (doc >= start)
                    {
                        _stamps[doc & WindowMask] = 0;
                    }
                }

                if (inOrder)
                {
                    Array.Sort(_slots, 0, count);
                }

                for (var i = 0; i < count; i++)
                {
                    var slot = _slots[i];
                    if (_stamps[slot] != window)
                    {
                        continue;
                    }

                    _current.Doc = start + slot;
                    _current.Value = (float)_scores[slot];
                    collector.Collect(start + slot);
                }
            }
        }

        /// <summary>
        /// One window once the collector only wants what can enter its top hits, by MaxScore over the window: each clause
        /// bounded by what it can add to a document of the window (its block maxima where its segment keeps them, else its
        /// weight), the clauses whose bounds together do not exceed the N-th score are non-essential. A document only they
        /// hold cannot enter, so the essential clauses are scored into the window as usual and each document they found
        /// is completed from the non-essential ones, largest bound first, only while it can still beat the N-th score. A
        /// document handed over has every clause evaluated and its sum added in the postings' order, as the exhaustive
        /// pass adds it, so its float is the same.
        /// </summary>
        private void ScoreCompetitive(ISkippingCollector collector, int start, int end)
        {
            var n = postings.Length;
            if (_blockBounds is null)
            {
                _clauseScores = ArrayPool<float>.Shared.Rent(n * WindowSize);
                _masks = ArrayPool<long>.Shared.Rent(WindowSize);
                _windowBounds = new double[n];
                _order = new int[n];
                _nonEssentialBelow = new double[n + 1];
                _byYield = new int[n];
                _yields = new double[n];
                _blockBounds = postings.Select(p => p.BlockBounds(k1)).ToArray();
            }

            for (var c = 0; c < n; c++)
            {
                _windowBounds[c] = postings[c].Docs.DocID >= end ? 0 : WindowBound(c, start, end);
            }

            // Non-essential: clauses whose bounds together do not exceed the N-th score, so a document only they hold
            // cannot enter. Any such set is exact; the cheapest candidates come from leaving out the clauses with the
            // most postings for the least bound, so those are taken first, greedily. _order lists the non-essential
            // clauses first (largest bound first, the order a candidate is completed in), then the essential ones.
            double theta = collector.MinCompetitiveScore;
            for (var c = 0; c < n; c++)
            {
                // Most postings per unit of bound first, ties in postings order (insertion sort: a handful of clauses).
                var yield = postings[c].Docs.GetCost() / Math.Max(_windowBounds[c], 1e-9);
                _yields[c] = yield;
                var at = c;
                while (at > 0 && _yields[_byYield[at - 1]] < yield)
                {
                    _byYield[at] = _byYield[at - 1];
                    at--;
                }

                _byYield[at] = c;
            }

            var nonEssential = 0;
            var essential = n;
            var taken = 0d;
            for (var i = 0; i < n; i++)
            {
                var c = _byYield[i];
                if (taken + _windowBounds[c] <= theta)
                {
                    taken += _windowBounds[c];
                    _order[nonEssential++] = c;
                }
                else
                {
                    _order[--essential] = c;
                }
            }

            // The non-essential ones by falling bound (ties in postings order), with the bounds of those after each together.
            for (var j = 1; j < nonEssential; j++)
            {
                var c = _order[j];
                var at = j;
                while (at > 0 && (_windowBounds[_order[at - 1]] < _windowBounds[c] || (_windowBounds[_order[at - 1]] == _windowBounds[c] && _order[at - 1] > c)))
                {
                    _order[at] = _order[at - 1];
                    at--;
                }

                _order[at] = c;
            }

            _nonEssentialBelow[nonEssential] = 0;
            for (var j = nonEssential - 1; j >= 0; j--)
            {
                _nonEssentialBelow[j] = _nonEssentialBelow[j + 1] + _windowBounds[_order[j]];
            }

            // The essential clauses into the window (none when every clause is non-essential: nothing here can enter).
            var window = ++_window;
            var count = 0;
            for (var j = nonEssential; j < n; j++)
            {
                var c = _order[j];
                var clause = postings[c];
                var docs = clause.Docs;
                var bit = 1L << c;
                var clauseScores = _clauseScores.AsSpan(c * WindowSize, WindowSize);
                for (var doc = docs.DocID; doc < end; doc = docs.NextDoc())
                {
                    var score = clause.Score(doc, k1);
                    var slot = doc & WindowMask;
                    clauseScores[slot] = score;
                    if (_stamps[slot] != window)
                    {
                        _stamps[slot] = window;
                        _scores[slot] = score;
                        _masks[slot] = bit;
                        _slots[count++] = slot;
                    }
                    else
                    {
                        _scores[slot] += score;
                        _masks[slot] |= bit;
                    }
                }
            }

            while (_nextExcluded < excluded.Length && excluded[_nextExcluded] < end)
            {
                var doc = excluded[_nextExcluded++];
                if (doc >= start)
                {
                    _stamps[doc & WindowMask] = 0;
                }
            }

            Array.Sort(_slots, 0, count);
            for (var i = 0; i < count; i++)
            {
                var slot = _slots[i];
                if (_stamps[slot] != window)
                {
                    continue;
                }

                var doc = start + slot;
                var partial = _scores[slot];
                var mask = _masks[slot];
                var competitive = true;
                for (var j = 0; j < nonEssential; j++)
                {
                    if (partial + _nonEssentialBelow[j] <= theta)
                    {
                        competitive = false;
                        break;
                    }

                    var c = _order[j];
                    var docs = postings[c].Docs;
                    if (docs.DocID < doc)
                    {
                        docs.Advance(doc);
                    }

                    if (docs.DocID == doc)
                    {
                        var score = postings[c].Score(doc, k1);
                        _clauseScores[(c * WindowSize) + slot] = score;
                        partial += score;
                        mask |= 1L << c;
                    }
                }

                if (!competitive)
                {
                    continue;
                }

                // The exhaustive pass's sum: in double, in the postings' order, the first score assigned.
                var sum = 0d;
                var any = false;
                for (var c = 0; c < n; c++)
                {
                    if ((mask & (1L << c)) != 0)
                    {
                        var score = _clauseScores[(c * WindowSize) + slot];
                        sum = any ? sum + score : score;
                        any = true;
                    }
                }

                var value = (float)sum;
                if (value < theta)
                {
                    continue;
                }

                _current.Doc = doc;
                _current.Value = value;
                collector.Collect(doc);
                theta = collector.MinCompetitiveScore;
            }

            // Every clause past the window: the non-essential ones were only read where a candidate was.
            for (var j = 0; j < nonEssential; j++)
            {
                var docs = postings[_order[j]].Docs;
                if (docs.DocID < end)
                {
                    docs.Advance(end);
                }
            }
        }

        /// <summary>What clause <paramref name="c"/> can add to a document of the window: the largest of its block maxima there.</summary>
        private double WindowBound(int c, int start, int end)
        {
            if (_blockBounds![c] is not { } bounds)
            {
                return postings[c].Bound;
            }

            var best = 0d;
            for (var block = start >> TermBlockMaxima.BlockBits; block < bounds.Length && block << TermBlockMaxima.BlockBits < end; block++)
            {
                best = Math.Max(best, bounds[block]);
            }

            return best;
        }

        private static int[] RentCleared(int length)
        {
            var array = ArrayPool<int>.Shared.Rent(length);
            Array.Clear(array, 0, length);
            return array;
        }

        private void ReturnArrays()
        {
            if (_stamps.Length == 0)
            {
                return;
            }

            ArrayPool<double>.Shared.Return(_scores);
            ArrayPool<int>.Shared.Return(_stamps);
            ArrayPool<int>.Shared.Return(_slots);
            _scores = [];
            _stamps = [];
            _slots = [];
            if (_clauseScores.Length > 0)
            {
                ArrayPool<float>.Shared.Return(_clauseScores);
                ArrayPool<long>.Shared.Return(_masks);
                _clauseScores = [];
                _masks = [];
            }
        }
    }
}
