using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Lucene.Scoring;

/// <summary>
/// Matches only the given top-level document ids: a second pass that scores a few known documents
/// (with <see cref="FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY"/>) skips straight to them.
/// </summary>
public sealed class DocSetFilter(IEnumerable<int> docs) : Filter
{
    private readonly int[] _docs = docs.Order().ToArray();

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var maxDoc = context.AtomicReader.MaxDoc;
        FixedBitSet? bits = null;
        foreach (var doc in _docs)
        {
            var local = doc - context.DocBase;
            if (local >= 0 && local < maxDoc)
            {
                (bits ??= new FixedBitSet(maxDoc)).Set(local);
            }
        }

        return bits is null ? null : BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
    }
}
