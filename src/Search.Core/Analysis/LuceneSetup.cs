using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>The one Lucene version and similarity used by every writer and searcher.</summary>
public static class LuceneSetup
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// BM25 with k1/b tuned on SciFact train judgments (see benchmarks/README.md); close to
    /// Anserini's 0.9/0.4, which suits short news ledes and long bodies alike.
    /// </summary>
    public static Similarity CreateSimilarity() => new BM25Similarity(k1: 0.9f, b: 0.4f);
}
