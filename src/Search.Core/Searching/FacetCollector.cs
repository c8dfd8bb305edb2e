using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// Counts section and entity facets over every matching document from doc values (no stored-field
/// loads), straight into process-wide ids (<see cref="FacetOrdinals"/>); only the top values become
/// strings. Count arrays are pooled: dispose the collector to return them.
/// </summary>
internal sealed class FacetCollector : ICollector, IDisposable
{
    private readonly FacetOrdinals _sectionIds;
    private readonly FacetOrdinals _entityIds;
    private int[] _sectionCounts;
    private int[] _entityCounts;
    private FacetOrdinals.SegmentValues _sections = Empty;
    private FacetOrdinals.SegmentValues _entities = Empty;
    private static readonly FacetOrdinals.SegmentValues Empty = new([0], []);

    /// <summary>Prepares the ordinal maps of every segment first, so the count arrays can be sized once.</summary>
    public FacetCollector(IndexReader reader, FacetOrdinals sections, FacetOrdinals entities)
    {
        _sectionIds = sections;
        _entityIds = entities;
        foreach (var leaf in reader.Leaves)
        {
            sections.For(leaf.AtomicReader);
            entities.For(leaf.AtomicReader);
        }

        _sectionCounts = Rent(sections.Count);
        _entityCounts = Rent(entities.Count);
    }

    // Values come from in-memory arrays, so any document order is cheap.
    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _sections = _sectionIds.For(context.AtomicReader);
        _entities = _entityIds.For(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        Count(_sections, _sectionCounts, doc);
        Count(_entities, _entityCounts, doc);
    }

    private static void Count(FacetOrdinals.SegmentValues values, int[] counts, int doc)
    {
        if (doc + 1 >= values.Starts.Length)
        {
            return;
        }

        var ids = values.Ids;
        for (int i = values.Starts[doc], end = values.Starts[doc + 1]; i < end; i++)
        {
            counts[ids[i]]++;
        }
    }

    public IReadOnlyList<(string Value, int Count)> TopSections(int size) => Top(_sectionCounts, _sectionIds, size);

    public IReadOnlyList<(string Value, int Count)> TopEntities(int size) => Top(_entityCounts, _entityIds, size);

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_sectionCounts);
        ArrayPool<int>.Shared.Return(_entityCounts);
        _sectionCounts = [];
        _entityCounts = [];
    }

    private static int[] Rent(int size)
    {
        var counts = ArrayPool<int>.Shared.Rent(Math.Max(1, size));
        Array.Clear(counts, 0, Math.Max(1, size));
        return counts;
    }

    /// <summary>The <paramref name="size"/> largest counts (ties: smaller value first), via a small heap.</summary>
    private static IReadOnlyList<(string Value, int Count)> Top(int[] counts, FacetOrdinals ids, int size)
    {
        var limit = Math.Min(counts.Length, ids.Count);
        var heap = new PriorityQueue<int, (int Count, int NegId)>(size + 1);
        for (var id = 0; id < limit && size > 0; id++)
        {
            if (counts[id] == 0)
            {
                continue;
            }

            heap.Enqueue(id, (counts[id], -id));
            if (heap.Count > size)
            {
                heap.Dequeue();
            }
        }

        var top = new List<(string Value, int Count)>(heap.Count);
        while (heap.TryDequeue(out var id, out var priority))
        {
            top.Add((ids.Value(id), priority.Count));
        }

        return top.OrderByDescending(t => t.Count).ThenBy(t => t.Value, StringComparer.Ordinal).ToArray();
    }
}
