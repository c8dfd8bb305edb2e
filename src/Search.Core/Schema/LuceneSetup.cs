using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Search.Lucene.Scoring;

namespace Search.Core.Schema;

/// <summary>The one Lucene version and similarity used by every writer and searcher.</summary>
public static class LuceneSetup
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// BM25 k1 and b: Anserini's 0.9/0.4, kept after a sweep on SciFact train judgments only
    /// (a plateau over k1 0.6-1.2 and b 0.3-0.75: benchmarks/RESULTS.md, "Numbers moved out of the code").
    /// </summary>
    public const float DefaultK1 = 0.9f;

    public const float DefaultB = 0.4f;

    // One immutable instance swapped whole, so a reader never sees a new k1 with an old b.
    private static volatile TransparentBm25Similarity _bm25 = new(DefaultK1, DefaultB);

    public static Similarity CreateSimilarity()
    {
        var current = _bm25;
        return new TransparentBm25Similarity(current.K1, current.B);
    }

    /// <summary>
    /// Process-wide k1/b for the relevance evaluation's parameter sweep; never called by the API.
    /// Lucene's BM25 norms encode only field length, so an index built before the change stays valid;
    /// searchers opened afterwards (a rebuilt index) score with the new values.
    /// </summary>
    public static void UseBm25(float k1, float b)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k1);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(b, 1f);
        _bm25 = new TransparentBm25Similarity(k1, b);
    }
}
