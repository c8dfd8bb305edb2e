using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Search.Lucene.Scoring;

/// <summary>
/// The search box's quoted phrase: an exact phrase that must match in one field (the article text) and, optionally, the
/// same words as an exact phrase in another that only adds score (the headline), scored as Lucene scores the
/// <see cref="BooleanQuery"/> of the two <see cref="PhraseQuery"/>s (MUST and SHOULD, no coord): the required phrase's
/// BM25 at its phrase frequency plus, where it matches, the optional one's. The weights and per-document scorers are
/// BM25Similarity's own, and the phrase frequency is counted as Lucene's exact phrase scorer counts it (distinct start
/// positions at which every word sits at its offset), so the floats are the boolean query's; tests compare them.
/// <para>
/// Given an <see cref="ISkippingCollector"/> that has counted all it counts, the rest of a segment only reads positions
/// for documents that could still enter the collector's top hits. A phrase occurs at most as often as its least frequent
/// word and BM25 rises with the frequency, so the score at the rarest word's frequency bounds the phrase's, and the
/// score at the words' smallest frequency bounds it tighter: most documents are passed over on the first word's
/// frequency and length alone, without aligning the other words or reading any position.
/// </para>
/// </summary>
public sealed class Bm25Phrase : Query
{
    private readonly PhraseQuery _required;
    private readonly PhraseQuery? _optional;

    /// <param name="required">An exact phrase (slop 0) of two or more terms in one field, which every hit matches.</param>
    /// <param name="optional">An exact phrase of two or more terms in one field that adds its score where it matches; null for none.</param>
    public Bm25Phrase(PhraseQuery required, PhraseQuery? optional)
    {
        ArgumentNullException.ThrowIfNull(required);
        if (!Eligible(required) || (optional is not null && !Eligible(optional)))
        {
            throw new ArgumentException("each phrase must be exact (slop 0) with two or more terms of one field");
        }

        _required = required;
        _optional = optional;
    }

    /// <summary>
    /// The phrase the search box builds, recognised in the query its builder made: a boolean query whose one clause (SHOULD or
    /// MUST) is a no-coord boolean of a MUST exact phrase and at most one SHOULD exact phrase. Null for any other shape.
    /// </summary>
    public static Bm25Phrase? TryRewrite(BooleanQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // One clause: Lucene's rewrite replaces the query by that clause (times this query's boost, kept at 1 here).
        if (query.Clauses.Count != 1 || query.MinimumNumberShouldMatch != 0 || query.Boost != 1f
            || query.Clauses[0].Occur == Occur.MUST_NOT || query.Clauses[0].Query is not BooleanQuery inner)
        {
            return null;
        }

        if (!inner.CoordDisabled || inner.MinimumNumberShouldMatch != 0 || inner.Clauses.Count is < 1 or > 2)
        {
            return null;
        }

        PhraseQuery? required = null;
        PhraseQuery? optional = null;
        foreach (var clause in inner.Clauses)
        {
            switch (clause.Occur)
            {
                case Occur.MUST when clause.Query is PhraseQuery phrase && required is null && Eligible(phrase):
                    required = phrase;
                    break;
                case Occur.SHOULD when clause.Query is PhraseQuery phrase && optional is null && Eligible(phrase):
                    optional = phrase;
                    break;
                default:
                    return null;
            }
        }

        return required is null ? null : new Bm25Phrase(required, optional) { Boost = inner.Boost };
    }

    private static bool Eligible(PhraseQuery phrase)
    {
        var terms = phrase.GetTerms();
        return phrase.Slop == 0 && terms.Length >= 2 && terms.All(t => t.Field == terms[0].Field);
    }

    /// <summary>The same query as Lucene builds it, for comparison, Explain and nested use.</summary>
    public BooleanQuery ToBooleanQuery()
    {
        var query = new BooleanQuery(disableCoord: true) { Boost = Boost };
        query.Add(_required, Occur.MUST);
        if (_optional is not null)
        {
            query.Add(_optional, Occur.SHOULD);
        }

        return query;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new PhraseWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        _required.ExtractTerms(terms);
        _optional?.ExtractTerms(terms);
    }

    public override string ToString(string field) => $"bm25phrase({ToBooleanQuery().ToString(field)})";

    public override bool Equals(object? obj) => obj is Bm25Phrase other && Boost == other.Boost && ToBooleanQuery().Equals(other.ToBooleanQuery());

    public override int GetHashCode() => HashCode.Combine(_required, _optional, Boost);

    /// <summary>One phrase's terms, offsets in the phrase, term states and BM25 weight.</summary>
    private sealed class PhraseStats
    {
        public PhraseStats(PhraseQuery phrase, IndexSearcher searcher, Similarity similarity)
        {
            Terms = phrase.GetTerms();
            Positions = phrase.GetPositions();
            Field = Terms[0].Field;
            var top = searcher.TopReaderContext;
            Contexts = Terms.Select(t => TermContexts.For(top, t)).ToArray();
            var termStats = Terms.Select((t, i) => searcher.TermStatistics(t, Contexts[i])).ToArray();
            Weight = similarity.ComputeWeight(phrase.Boost, searcher.CollectionStatistics(Field), termStats);
            CanBound = phrase.Boost >= 0 && float.IsFinite(phrase.Boost);
        }

        public Term[] Terms { get; }

        public int[] Positions { get; }

        public string Field { get; }

        public TermContext[] Contexts { get; }

        public Similarity.SimWeight Weight { get; }

        /// <summary>False for a negative boost: its scores fall as the frequency rises, so they cannot be bounded from above.</summary>
        public bool CanBound { get; }
    }

    private sealed class PhraseWeight : Weight
    {
        private readonly Bm25Phrase _owner;
        private readonly Similarity _similarity;
        private readonly PhraseStats _required;
        private readonly PhraseStats? _optional;
        private readonly PlainWeight _boolean;

        public PhraseWeight(Bm25Phrase owner, IndexSearcher searcher)
        {
            _owner = owner;
            _similarity = searcher.Similarity;
            _boolean = new PlainWeight(searcher, owner.ToBooleanQuery);
            _required = new PhraseStats(owner._required, searcher, _similarity);
            _optional = owner._optional is null ? null : new PhraseStats(owner._optional, searcher, _similarity);
        }

        public override Query Query => _owner;

        public override bool ScoresDocsOutOfOrder => false;

        // As BooleanWeight over the two PhraseWeights: the sum of their values, times the boost squared.
        public override float GetValueForNormalization()
        {
            var sum = 0f;
            sum += _required.Weight.GetValueForNormalization();
            if (_optional is not null)
            {
                sum += _optional.Weight.GetValueForNormalization();
            }

            return sum * _owner.Boost * _owner.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            _boolean.Normalize(norm, topLevelBoost);
            topLevelBoost *= _owner.Boost;
            _required.Weight.Normalize(norm, topLevelBoost);
            _optional?.Weight.Normalize(norm, topLevelBoost);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc) => _boolean.Weight.Explain(context, doc);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) => _boolean.Weight.GetScorer(context, acceptDocs);

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            var required = Open(_required, context, acceptDocs);
            if (required is null)
            {
                return null;
            }

            var optional = _optional is null ? null : Open(_optional, context, acceptDocs);
            return new PhraseScorer(this, required, optional, _required.CanBound && (_optional?.CanBound ?? true));
        }

        /// <summary>The phrase's postings with positions in one segment, rarest word first; null when a word is not in it.</summary>
        private PhrasePostings? Open(PhraseStats phrase, AtomicReaderContext context, IBits acceptDocs)
        {
            var reader = context.AtomicReader;
            var terms = reader.GetTerms(phrase.Field);
            if (terms is null)
            {
                return null;
            }

            var enumerator = terms.GetEnumerator();
            var words = new List<(DocsAndPositionsEnum Postings, int Offset, int DocFreq)>(phrase.Terms.Length);
            for (var i = 0; i < phrase.Terms.Length; i++)
            {
                if (phrase.Contexts[i].Get(context.Ord) is not { } state)
                {
                    return null;
                }

                enumerator.SeekExact(phrase.Terms[i].Bytes, state);
                var postings = enumerator.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"field \"{phrase.Field}\" was indexed without position data; cannot run a phrase query (term={phrase.Terms[i].Text})");
                words.Add((postings, phrase.Positions[i], enumerator.DocFreq));
            }

            var ordered = words.OrderBy(w => w.DocFreq).ToArray();
            foreach (var (postings, _, _) in ordered)
            {
                if (postings.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
                {
                    return null;
                }
            }

            return new PhrasePostings(
                ordered.Select(w => w.Postings).ToArray(),
                ordered.Select(w => w.Offset).ToArray(),
                _similarity.GetSimScorer(phrase.Weight, context));
        }
    }

    /// <summary>One phrase's words in a segment, each on a document; the rarest first.</summary>
    private sealed class PhrasePostings(DocsAndPositionsEnum[] words, int[] offsets, Similarity.SimScorer scorer)
    {
        private int[] _starts = new int[16];
        private int[] _next = new int[16];

        public DocsAndPositionsEnum Lead => words[0];

        public Similarity.SimScorer Scorer => scorer;

        public bool Exhausted { get; private set; }

        /// <summary>
        /// Moves every word to <paramref name="doc"/> or past it; true when all are on it. Once one word has no document
        /// left, <see cref="Exhausted"/> is set.
        /// </summary>
        public bool AllOn(int doc)
        {
            foreach (var word in words)
            {
                var at = word.DocID < doc ? word.Advance(doc) : word.DocID;
                if (at != doc)
                {
                    Exhausted |= at == DocIdSetIterator.NO_MORE_DOCS;
                    return false;
                }
            }

            return true;
        }

        /// <summary>The next document, at or after the lead's next, that every word is on; NO_MORE_DOCS at the end.</summary>
        public int NextCommon(int doc)
        {
            while (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                var aligned = true;
                for (var i = 1; i < words.Length; i++)
                {
                    var at = words[i].DocID < doc ? words[i].Advance(doc) : words[i].DocID;
                    if (at > doc)
                    {
                        doc = at == DocIdSetIterator.NO_MORE_DOCS ? at : words[0].Advance(at);
                        aligned = false;
                        break;
                    }
                }

                if (aligned)
                {
                    return doc;
                }
            }

            return doc;
        }

        /// <summary>The smallest frequency among the words, all on one document: the most the phrase can occur there.</summary>
        public int MinFreq()
        {
            var min = int.MaxValue;
            foreach (var word in words)
            {
                min = Math.Min(min, word.Freq);
            }

            return min;
        }

        /// <summary>
        /// How often the phrase occurs in the document all words are on, as Lucene's exact phrase scorer counts: the distinct
        /// start positions (zero or more) at which each word sits at its offset in the phrase.
        /// </summary>
        public int PhraseFreq()
        {
            // The first word's start positions, distinct and ascending (positions come in order).
            var count = 0;
            var first = words[0];
            var freq = first.Freq;
            EnsureCapacity(freq);
            var last = -1;
            for (var k = 0; k < freq; k++)
            {
                var start = first.NextPosition() - offsets[0];
                if (start > last)
                {
                    _starts[count++] = start;
                    last = start;
                }
            }

            // Each further word keeps the starts at which it sits too.
            for (var i = 1; i < words.Length && count > 0; i++)
            {
                var word = words[i];
                var kept = 0;
                var at = 0;
                for (var k = 0; k < word.Freq && at < count; k++)
                {
                    var start = word.NextPosition() - offsets[i];
                    while (at < count && _starts[at] < start)
                    {
                        at++;
                    }

                    if (at < count && _starts[at] == start)
                    {
                        _next[kept++] = start;
                        at++;
                    }
                }

                (_starts, _next) = (_next, _starts);
                count = kept;
            }

            return count;
        }

        private void EnsureCapacity(int freq)
        {
            if (_starts.Length < freq)
            {
                var size = (int)Math.Min(int.MaxValue, BitOperations.RoundUpToPowerOf2((uint)freq));
                _starts = new int[size];
                _next = new int[size];
            }
        }
    }

    /// <summary>
    /// Scores one segment in document order: every document the required phrase matches, plus the optional phrase's score where
    /// it matches too; once a skipping collector has counted all it counts, only documents whose bound beats its N-th score.
    /// </summary>
    private sealed class PhraseScorer(Weight weight, PhrasePostings required, PhrasePostings? optional, bool canBound) : BulkScorer
    {
        private readonly CollectedScorer _current = new(weight);

        // The optional phrase's score at any frequency stays under its weight × (k1 + 1), which a huge frequency reaches
        // whatever the document's length (the margin covers rounding): one figure for the segment, 0 without the phrase.
        private readonly float _optionalCeiling = optional is null ? 0f : optional.Scorer.Score(0, 1e30f) * 1.00001f;
        private bool _skipping;

        public override bool Score(ICollector collector, int max)
        {
            collector.SetScorer(_current);
            var skipper = canBound ? collector as ISkippingCollector : null;
            var lead = required.Lead;
            var doc = lead.DocID;
            while (true)
            {
                if (doc == DocIdSetIterator.NO_MORE_DOCS || required.Exhausted)
                {
                    return false;
                }

                if (doc >= max)
                {
                    return true;
                }

                if (!_skipping && skipper is { CountingDone: true })
                {
                    skipper.StartSkipping();
                    _skipping = true;
                }

                if (_skipping)
                {
                    if (!Competitive(doc, skipper!.MinCompetitiveScore))
                    {
                        doc = lead.NextDoc();
                        continue;
                    }
                }
                else
                {
                    var common = required.NextCommon(doc);
                    if (common != doc)
                    {
                        doc = common;
                        continue;
                    }
                }

                var freq = required.PhraseFreq();
                if (freq > 0)
                {
                    var score = required.Scorer.Score(doc, freq);
                    if (optional is not null && !optional.Exhausted && optional.AllOn(doc))
                    {
                        var optionalFreq = optional.PhraseFreq();
                        if (optionalFreq > 0)
                        {
                            score += optional.Scorer.Score(doc, optionalFreq);
                        }
                    }

                    _current.Doc = doc;
                    _current.Value = score;
                    collector.Collect(doc);
                }

                doc = lead.NextDoc();
            }
        }

        /// <summary>
        /// Whether <paramref name="doc"/> (the required lead word's document) could beat <paramref name="theta"/>: first on the
        /// lead word's frequency with the optional phrase at its most, then with the optional phrase's own bound, then with
        /// every required word aligned on the document and their smallest frequency. True leaves every word on the document.
        /// </summary>
        private bool Competitive(int doc, float theta)
        {
            var bound = required.Scorer.Score(doc, required.Lead.Freq);
            if (bound + _optionalCeiling <= theta)
            {
                return false;
            }

            var optionalBound = OptionalBound(doc);
            if (bound + optionalBound <= theta || !required.AllOn(doc))
            {
                return false;
            }

            return required.Scorer.Score(doc, required.MinFreq()) + optionalBound > theta;
        }

        private float OptionalBound(int doc) =>
            optional is not null && !optional.Exhausted && optional.AllOn(doc) ? optional.Scorer.Score(doc, optional.MinFreq()) : 0f;
    }
}
