using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// Counts section and entity facets over every matching document from doc values (no stored-field
/// loads), straight into process-wide ids (<see cref="FacetOrdinals"/>); only the top values become
/// strings. Count arrays and the match marks are pooled: dispose the collector to return them.
/// </summary>
internal sealed class FacetCollector : ICollector, IDisposable
{
    private readonly FacetOrdinals _sectionIds;
    private readonly FacetOrdinals _entityIds;
    private int[] _sectionCounts;
    private int[] _entityCounts;

    // How much of each rented (so possibly longer, and dirty beyond this) count array is this search's:
    // every id of every segment of the reader existed when the arrays were rented.
    private readonly int _sectionSize;
    private readonly int _entitySize;
    private FacetOrdinals.SegmentValues _sections = FacetOrdinals.SegmentValues.Empty;
    private FacetOrdinals.SegmentValues _entities = FacetOrdinals.SegmentValues.Empty;

    // The current segment's matches, counted when the segment is done. Scorers hand documents over out
    // of order within windows of a few thousand, and counting them as they come read the facet arrays
    // (tens of MB at 1M articles) at random; counting in document order reads them front to back.
    // Sized for the largest segment and pooled like the counts: at a few hundred thousand articles a
    // segment it would otherwise be a large-object allocation per query.
    private long[] _matchWords;
    private readonly FixedBitSet _matches;
    private int _maxDoc;

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

        _sectionSize = sections.Count;
        _entitySize = entities.Count;
        _sectionCounts = Rent(_sectionSize);
        _entityCounts = Rent(_entitySize);
        var largest = reader.Leaves.Count == 0 ? 0 : reader.Leaves.Max(l => l.AtomicReader.MaxDoc);
        var words = FixedBitSet.Bits2words(largest);
        _matchWords = ArrayPool<long>.Shared.Rent(Math.Max(1, words));
        Array.Clear(_matchWords, 0, words);
        _matches = new FixedBitSet(_matchWords, largest);
    }

    // Matches are only marked here, so any document order is fine.
    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        CountMatches();
        _sections = _sectionIds.For(context.AtomicReader);
        _entities = _entityIds.For(context.AtomicReader);
        _maxDoc = context.AtomicReader.MaxDoc;
    }

    public void Collect(int doc) => _matches.Set(doc);

    /// <summary>Counts the current segment's marked matches in document order, then clears the marks.</summary>
    private void CountMatches()
    {
        if (_maxDoc == 0)
        {
            return;
        }

        var words = FixedBitSet.Bits2words(_maxDoc);
        Count(_sections, _sectionCounts, words);
        Count(_entities, _entityCounts, words);
        Array.Clear(_matchWords, 0, words);
        _maxDoc = 0;
    }

    /// <summary>One layout per loop, so the per-match work is a few array reads and increments.</summary>
    private void Count(FacetOrdinals.SegmentValues values, int[] counts, int words)
    {
        var marks = _matchWords.AsSpan(0, Math.Min(words, FixedBitSet.Bits2words(values.MaxDoc)));
        if (values.One is { } one)
        {
            for (var w = 0; w < marks.Length; w++)
            {
                for (var bits = marks[w]; bits != 0; bits &= bits - 1)
                {
                    var doc = (w << 6) + BitOperations.TrailingZeroCount(bits);
                    if (doc < one.Length && one[doc] >= 0)
                    {
                        counts[one[doc]]++;
                    }
                }
            }

            return;
        }

        if (values.Narrow is { } narrow)
        {
            CountMulti(marks, values.Starts, narrow, counts);
        }
        else
        {
            CountMulti(marks, values.Starts, values.Wide!, counts);
        }
    }

    // Generic over the id width: the JIT compiles one loop per value type, as if written out twice.
    private static void CountMulti<T>(ReadOnlySpan<long> marks, int[] starts, T[] ids, int[] counts)
        where T : unmanaged, IBinaryInteger<T>
    {
        var last = starts.Length - 1;
        for (var w = 0; w < marks.Length; w++)
        {
            for (var bits = marks[w]; bits != 0; bits &= bits - 1)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(bits);
                if (doc >= last)
                {
                    break;
                }

                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
                {
                    counts[int.CreateTruncating(ids[i])]++;
                }
            }
        }
    }

    /// <summary>Adds the counts of another slice's collector of the same search into this one's.</summary>
    public void Add(FacetCollector other)
    {
        CountMatches();
        other.CountMatches();
        AddCounts(_sectionCounts, other._sectionCounts, Math.Min(_sectionSize, other._sectionSize));
        AddCounts(_entityCounts, other._entityCounts, Math.Min(_entitySize, other._entitySize));
    }

    private static void AddCounts(int[] into, int[] from, int count)
    {
        for (var id = 0; id < count; id++)
        {
            into[id] += from[id];
        }
    }

    public IReadOnlyList<(string Value, int Count)> TopSections(int size)
    {
        CountMatches();
        return Top(_sectionCounts, _sectionSize, _sectionIds, size);
    }

    public IReadOnlyList<(string Value, int Count)> TopEntities(int size)
    {
        CountMatches();
        return Top(_entityCounts, _entitySize, _entityIds, size);
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_sectionCounts);
        ArrayPool<int>.Shared.Return(_entityCounts);
        ArrayPool<long>.Shared.Return(_matchWords);
        _sectionCounts = [];
        _entityCounts = [];
        _matchWords = [];
    }

    private static int[] Rent(int size)
    {
        var counts = ArrayPool<int>.Shared.Rent(Math.Max(1, size));
        Array.Clear(counts, 0, Math.Max(1, size));
        return counts;
    }

    /// <summary>The <paramref name="size"/> largest counts (ties: smaller value first), via a small heap.</summary>
    private static IReadOnlyList<(string Value, int Count)> Top(int[] counts, int limit, FacetOrdinals ids, int size)
    {
        var heap = new PriorityQueue<int, (int Count, int NegId)>(size);
        // Once the heap is full, a count no larger than its smallest cannot enter: ids rise as the loop goes, so an
        // equal count loses the tie too. A broad query counts thousands of entity values and only the largest few get
        // past this check to the heap.
        var smallest = 0;
        for (var id = 0; id < limit && size > 0; id++)
        {
            var count = counts[id];
            if (count <= smallest)
            {
                continue;
            }

            if (heap.Count < size)
            {
                heap.Enqueue(id, (count, -id));
            }
            else
            {
                heap.EnqueueDequeue(id, (count, -id));
            }

            if (heap.Count == size)
            {
                heap.TryPeek(out _, out var lowest);
                smallest = lowest.Count;
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
