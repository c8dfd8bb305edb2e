using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Search.Lucene.Scoring;

/// <summary>
/// Lucene's BM25, unchanged, that also tells what its scorer for one term multiplies and divides by, so
/// <see cref="Searching.Bm25Disjunction"/> can score postings itself and give the same floats.
/// </summary>
public sealed class TransparentBm25Similarity(float k1, float b) : BM25Similarity(k1, b)
{
    /// <summary>What a term query's BM25 weight gives for query normalization: (idf × boost)².</summary>
    public float ValueForNormalization(float queryBoost, long docFreq, long maxDoc)
    {
        var weight = Idf(docFreq, maxDoc) * queryBoost;
        return weight * weight;
    }

    /// <summary>
    /// The scorer's weight × (k1 + 1) for a term of <paramref name="docFreq"/> documents, computed as BM25 computes it
    /// (idf × query boost × top-level boost, then × (k1 + 1)).
    /// </summary>
    public float WeightValue(float queryBoost, float topLevelBoost, long docFreq, long maxDoc)
    {
        var weight = Idf(docFreq, maxDoc) * queryBoost * topLevelBoost;
        return weight * (K1 + 1);
    }

    /// <summary>
    /// More than a phrase (or sloppy phrase) query of these terms can score a document, alone at the top level: its idf is
    /// the sum of the terms' (as BM25's idf for several terms), its scorer weight × (k1 + 1) × freq ÷ (freq + length
    /// factor) stays below weight × (k1 + 1); padded for the float rounding of the scorer.
    /// </summary>
    public double PhraseBound(float queryBoost, IReadOnlyList<long> docFreqs, long maxDoc)
    {
        var idf = 0f;
        foreach (var docFreq in docFreqs)
        {
            idf += Idf(docFreq, maxDoc);
        }

        return ((double)idf * queryBoost * (K1 + 1) * (1 + 1e-5)) + 1e-9;
    }

    /// <summary>The length factor k1 × (1 − b + b × length ÷ average length) for each of the 256 encoded lengths of a field.</summary>
    public float[] LengthFactors(CollectionStatistics collection)
    {
        var averageLength = AvgFieldLength(collection);
        var factors = new float[256];
        for (var i = 0; i < factors.Length; i++)
        {
            factors[i] = K1 * ((1 - B) + B * DecodeNormValue((byte)i) / averageLength);
        }

        return factors;
    }
}
