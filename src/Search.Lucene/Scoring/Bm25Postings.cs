using Lucene.Net.Index;

namespace Search.Lucene.Scoring;

/// <summary>One clause of a <see cref="Bm25Disjunction"/> in one segment: its postings and what its BM25 scorer would use.</summary>
internal sealed class Bm25Postings(DocsEnum docs, float weightValue, float[] cache, NumericDocValues? norms, Func<TermBlockMaxima?>? maxima = null)
{
    public DocsEnum Docs { get; } = docs;
    public float WeightValue { get; } = weightValue;
    public float[] Cache { get; } = cache;
    public NumericDocValues? Norms { get; } = norms;

    /// <summary>
    /// The most this clause adds to a document of each block of <see cref="TermBlockMaxima.BlockSize"/> documents (0 where
    /// it has none), or null when its segment keeps no block maxima for it (<see cref="TermBlockMaxima.For"/>): then
    /// <see cref="Bound"/> is all there is. Worked out on first use, once a scorer starts skipping.
    /// </summary>
    public double[]? BlockBounds(float k1)
    {
        if (!_blockBoundsDone)
        {
            _blockBoundsDone = true;
            var lengthFactors = Norms is null ? null : Cache;
            if (maxima?.Invoke() is { } found && (lengthFactors is null || TermBlockMaxima.Monotone(lengthFactors)))
            {
                _blockBounds = found.Bounds(WeightValue, lengthFactors, k1);
            }
        }

        return _blockBounds;
    }

    private double[]? _blockBounds;
    private bool _blockBoundsDone;

    /// <summary>
    /// The most this clause adds to a document's score: freq ÷ (freq + length factor) is below 1 (the factor is
    /// positive), so the score is below the weight; padded for the float rounding of the scorer.
    /// </summary>
    public double Bound => (WeightValue * (1 + 1e-5)) + 1e-9;

    /// <summary>BM25Similarity's scorer for the current document: weight × (k1 + 1) × freq / (freq + length factor).</summary>
    public float Score(int doc, float k1)
    {
        float freq = Docs.Freq;
        var norm = Norms is null ? k1 : Cache[((sbyte)Norms.Get(doc)) & 0xFF];
        return WeightValue * freq / (freq + norm);
    }
}
