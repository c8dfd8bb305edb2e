using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Lucene.Scoring;

/// <summary>
/// A filter's matches as a bit set per segment, so that a <see cref="FilteredQuery"/> with <see cref="RandomAccess"/> hands
/// them to the inner query as its accepted documents: the inner query's own bulk scorer then runs (a
/// <see cref="Bm25Disjunction"/> or <see cref="Bm25Phrase"/> that can skip once its collector stops counting) instead of
/// a leap-frog between the filter and the inner query's plain scorer. Deleted documents are not in the set.
/// </summary>
public sealed class BitSetFilter(Filter inner) : Filter
{
    /// <summary>Always random access: every segment's filter is a bit set the inner query checks per document.</summary>
    public static FilteredQuery.FilterStrategy RandomAccess { get; } = new AlwaysRandomAccess();

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var iterator = inner.GetDocIdSet(context, acceptDocs)?.GetIterator();
        var first = iterator?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS;
        if (first == DocIdSetIterator.NO_MORE_DOCS)
        {
            return null;
        }

        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        bits.Set(first);
        bits.Or(iterator);
        return bits;
    }

    public override string ToString() => $"bits({inner})";

    private sealed class AlwaysRandomAccess : FilteredQuery.RandomAccessFilterStrategy
    {
        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) => true;

        // Lucene's strategy wraps the inner query's plain scorer even for random access; this hands the bit set to the inner
        // query's own bulk scorer instead.
        public override BulkScorer? FilteredBulkScorer(AtomicReaderContext context, Weight weight, bool scoreDocsInOrder, DocIdSet docIdSet) =>
            docIdSet.Bits is { } bits ? weight.GetBulkScorer(context, scoreDocsInOrder, bits) : base.FilteredBulkScorer(context, weight, scoreDocsInOrder, docIdSet);
    }
}
