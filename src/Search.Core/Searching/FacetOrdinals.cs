using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// Maps each segment's doc-values ordinals of one facet field to process-wide ids, once per segment
/// (segments never change), so a query counts into one int array and turns only the top values back
/// into strings. Without it every query would look up the string of every matching value.
/// </summary>
/// <param name="narrowLimit">The largest id kept in 16 bits; tests lower it to exercise the 32-bit layout.</param>
internal sealed class FacetOrdinals(string fieldName, bool multiValued, int narrowLimit = ushort.MaxValue)
{
    private readonly ConditionalWeakTable<object, SegmentValues> _segments = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];
    private readonly object _gate = new();

    /// <summary>How many distinct values have been seen: the size a count array must have.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _values.Count;
            }
        }
    }

    public string Value(int id)
    {
        lock (_gate)
        {
            return _values[id];
        }
    }

    /// <summary>
    /// Every document's values of the segment as process-wide ids in plain arrays, built once per segment
    /// (segments never change): reading them per match is many times faster than decoding doc values.
    /// </summary>
    public SegmentValues For(AtomicReader reader) => _segments.GetValue(reader.CoreCacheKey, _ => Build(reader));

    private SegmentValues Build(AtomicReader reader)
    {
        var bytes = new BytesRef();
        var maxDoc = reader.MaxDoc;
        if (!multiValued)
        {
            var one = new int[maxDoc];
            Array.Fill(one, -1);
            if (reader.GetSortedDocValues(fieldName) is { } single)
            {
                var map = Map(single.ValueCount, ord => { single.LookupOrd((int)ord, bytes); return bytes.Utf8ToString(); });
                for (var doc = 0; doc < maxDoc; doc++)
                {
                    var ord = single.GetOrd(doc);
                    one[doc] = ord >= 0 ? map[ord] : -1;
                }
            }

            return SegmentValues.Single(one);
        }

        var starts = new int[maxDoc + 1];
        var ids = new List<int>(maxDoc * 8);
        var values = reader.GetSortedSetDocValues(fieldName);
        if (values is not null)
        {
            var map = Map(values.ValueCount, ord => { values.LookupOrd(ord, bytes); return bytes.Utf8ToString(); });
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = ids.Count;
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ids.Add(map[ord]);
                }
            }
        }

        starts[maxDoc] = ids.Count;
        return SegmentValues.Multi(starts, ids, narrowLimit);
    }

    private int[] Map(long valueCount, Func<long, string> lookup)
    {
        var map = new int[valueCount];
        lock (_gate)
        {
            for (long ord = 0; ord < valueCount; ord++)
            {
                var value = lookup(ord);
                if (!_ids.TryGetValue(value, out var id))
                {
                    id = _values.Count;
                    _ids[value] = id;
                    _values.Add(value);
                }

                map[ord] = id;
            }
        }

        return map;
    }

    /// <summary>
    /// One segment's values. Single-valued: <see cref="One"/>[doc], -1 for none. Multi-valued: document d
    /// holds <c>[Starts[d], Starts[d + 1])</c> of <see cref="Narrow"/>, 16-bit while every id fits (half the
    /// bytes to read per match: a broad query at 1M articles reads tens of MB), else of <see cref="Wide"/>.
    /// </summary>
    internal sealed class SegmentValues
    {
        public static readonly SegmentValues Empty = Single([]);

        public int[]? One { get; private init; }

        public int[] Starts { get; private init; } = [0];

        public ushort[]? Narrow { get; private init; }

        public int[]? Wide { get; private init; }

        /// <summary>Documents covered; a document past them (a segment without the field) has no values.</summary>
        public int MaxDoc => One?.Length ?? Starts.Length - 1;

        public static SegmentValues Single(int[] one) => new() { One = one };

        public static SegmentValues Multi(int[] starts, List<int> ids, int narrowLimit) =>
            ids.Count == 0 || ids.Max() <= Math.Min(narrowLimit, ushort.MaxValue)
                ? new() { Starts = starts, Narrow = ids.Select(id => (ushort)id).ToArray() }
                : new() { Starts = starts, Wide = ids.ToArray() };
    }
}
