using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Lucene.Execution;

namespace Search.Lucene.Scoring;

/// <summary>
/// What one term can score in each block of <see cref="BlockSize"/> documents of one segment, the way Lucene 8 keeps
/// "impacts" beside its postings: for each block, the (frequency, encoded length) pairs of its documents that no other
/// document of the block beats on both counts. BM25 grows with the frequency and shrinks with the length at any
/// average length, so the best of these pairs bounds every document of the block, for whatever statistics the index
/// view has (<see cref="Bounds"/>). A block the term does not occur in has no pair and bounds nothing.
/// <para>
/// Lucene.Net 4.8's postings keep no such figures, so they are worked out from the postings and norms the first time a
/// long posting list is searched in a segment, and kept for as long as the segment lives: segments never change, and
/// deleted documents only make a bound looser. Only terms in <see cref="MinDocs"/> documents or more of a segment get
/// them (a shorter list is cheap to score whole), and at most <see cref="MaxTermsPerSegment"/> terms a segment.
/// </para>
/// </summary>
internal sealed class TermBlockMaxima
{
    public const int BlockBits = 9;
    public const int BlockSize = 1 << BlockBits;

    /// <summary>Posting lists shorter than this in a segment get no block maxima.</summary>
    public const int MinDocs = 2_048;

    /// <summary>Terms kept per segment; past it, further long lists are bounded by their weight alone.</summary>
    public const int MaxTermsPerSegment = 4_096;

    // A block's pairs are kept to this many, two neighbours merged into one that bounds both when there are more.
    private const int MaxPairs = 6;

    // Per segment core (segments never change, and a core outlives the views that share it); past the bound a long list
    // is bounded by its weight alone rather than worked out on every search.
    private static readonly ReaderMemo<(string Field, string Text), TermBlockMaxima?> Segments = new(MaxTermsPerSegment, skipWhenFull: true);

    private readonly int[] _firstPair; // per block, its first pair; one past the last block at the end
    private readonly int[] _freqs;
    private readonly byte[] _lengths;  // encoded lengths, unsigned: a larger byte is a shorter document

    private TermBlockMaxima(int[] firstPair, int[] freqs, byte[] lengths)
    {
        _firstPair = firstPair;
        _freqs = freqs;
        _lengths = lengths;
    }

    public int Blocks => _firstPair.Length - 1;

    /// <summary>
    /// The term's block maxima in <paramref name="reader"/>'s segment, worked out once per segment; null when its
    /// postings there are short (<see cref="MinDocs"/>), when the segment already keeps <see cref="MaxTermsPerSegment"/>
    /// terms, or when the field keeps no frequencies.
    /// </summary>
    public static TermBlockMaxima? For(AtomicReader reader, Term term, TermState state, int docFreq)
    {
        if (docFreq < MinDocs)
        {
            return null;
        }

        return Segments.GetOrAdd(reader.CoreCacheKey, (term.Field, term.Text), () => Compute(reader, term, state));
    }

    /// <summary>Worked out from the segment's postings and norms, every document counted, deleted ones too.</summary>
    internal static TermBlockMaxima? Compute(AtomicReader reader, Term term, TermState state)
    {
        var termsEnum = reader.GetTerms(term.Field)?.GetEnumerator();
        if (termsEnum is null)
        {
            return null;
        }

        termsEnum.SeekExact(term.Bytes, state);
        var docs = termsEnum.Docs(null, null, DocsFlags.FREQS);
        if (docs is null)
        {
            return null;
        }

        var norms = reader.GetNormValues(term.Field);
        var blocks = (reader.MaxDoc + BlockSize - 1) >> BlockBits;
        var firstPair = new int[blocks + 1];
        var freqs = new List<int>();
        var lengths = new List<byte>();
        Span<int> blockFreqs = stackalloc int[MaxPairs + 1];
        Span<int> blockLengths = stackalloc int[MaxPairs + 1];
        var pairs = 0;
        var block = 0;
        for (var doc = docs.NextDoc(); ; doc = docs.NextDoc())
        {
            var docBlock = doc == DocIdSetIterator.NO_MORE_DOCS ? blocks : doc >> BlockBits;
            if (docBlock != block)
            {
                // The finished block's pairs, then empty blocks up to this document's.
                for (var i = 0; i < pairs; i++)
                {
                    freqs.Add(blockFreqs[i]);
                    lengths.Add((byte)blockLengths[i]);
                }

                pairs = 0;
                for (var b = block + 1; b <= docBlock && b <= blocks; b++)
                {
                    firstPair[b] = freqs.Count;
                }

                block = docBlock;
            }

            if (doc == DocIdSetIterator.NO_MORE_DOCS)
            {
                break;
            }

            var freq = docs.Freq;
            var length = norms is null ? 0 : ((sbyte)norms.Get(doc)) & 0xFF;
            pairs = AddPair(blockFreqs, blockLengths, pairs, freq, length);
        }

        return new TermBlockMaxima(firstPair, freqs.ToArray(), lengths.ToArray());
    }

    /// <summary>
    /// Keeps the pairs no other beats on both frequency and length byte, ordered by falling frequency (so by rising
    /// byte); past <see cref="MaxPairs"/>, the two neighbours closest in frequency become one pair with the larger of
    /// each, which bounds both.
    /// </summary>
    private static int AddPair(Span<int> freqs, Span<int> lengths, int count, int freq, int length)
    {
        for (var i = 0; i < count; i++)
        {
            if (freqs[i] >= freq && lengths[i] >= length)
            {
                return count; // beaten or equalled on both
            }
        }

        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (!(freq >= freqs[i] && length >= lengths[i]))
            {
                freqs[kept] = freqs[i];
                lengths[kept] = lengths[i];
                kept++;
            }
        }

        // Insert in falling frequency.
        var at = kept;
        while (at > 0 && freqs[at - 1] < freq)
        {
            freqs[at] = freqs[at - 1];
            lengths[at] = lengths[at - 1];
            at--;
        }

        freqs[at] = freq;
        lengths[at] = length;
        kept++;
        if (kept > MaxPairs)
        {
            var merge = 0;
            for (var i = 1; i < kept - 1; i++)
            {
                if (freqs[i] - freqs[i + 1] < freqs[merge] - freqs[merge + 1])
                {
                    merge = i;
                }
            }

            // freqs[merge] > freqs[merge + 1] and lengths[merge] < lengths[merge + 1]: the larger of each.
            lengths[merge] = lengths[merge + 1];
            for (var i = merge + 1; i < kept - 1; i++)
            {
                freqs[i] = freqs[i + 1];
                lengths[i] = lengths[i + 1];
            }

            kept--;
        }

        return kept;
    }

    /// <summary>
    /// True when the length factors of a field fall (or stay) as the encoded length byte rises, as BM25Similarity's
    /// do: then a pair with a larger byte and frequency scores at least as much, which the pairs kept rely on.
    /// </summary>
    public static bool Monotone(float[] lengthFactors)
    {
        for (var i = 1; i < lengthFactors.Length; i++)
        {
            if (!(lengthFactors[i] <= lengthFactors[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The most the term adds to a document of each block, for a clause of weight <paramref name="weightValue"/>
    /// (idf × boosts × (k1 + 1)) and the field's <paramref name="lengthFactors"/> (null: the field keeps no norms,
    /// every length factor is <paramref name="k1"/>); 0 for a block without the term. Padded as
    /// <see cref="Bm25Postings.Bound"/> is, for the scorer's float rounding.
    /// </summary>
    public double[] Bounds(float weightValue, float[]? lengthFactors, float k1)
    {
        var bounds = new double[Blocks];
        for (var b = 0; b < bounds.Length; b++)
        {
            var best = 0d;
            for (var p = _firstPair[b]; p < _firstPair[b + 1]; p++)
            {
                double freq = _freqs[p];
                var factor = lengthFactors is null ? k1 : lengthFactors[_lengths[p]];
                best = Math.Max(best, freq / (freq + factor));
            }

            bounds[b] = best == 0 ? 0 : (weightValue * best * (1 + 1e-5)) + 1e-9;
        }

        return bounds;
    }
}
