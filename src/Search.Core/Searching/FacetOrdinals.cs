using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// Maps each segment's doc-values ordinals of one facet field to process-wide ids, once per segment
/// (segments never change), so a query counts into one int array and turns only the top values back
/// into strings. Without it every query would look up the string of every matching value.
/// </summary>
internal sealed class FacetOrdinals(string fieldName, bool multiValued)
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
    /// Every document's values of the segment as process-wide ids, flattened: document d holds
    /// <c>Ids[Starts[d]..Starts[d + 1]]</c>. Reading plain arrays per match is many times faster than
    /// decoding doc values, and a segment never changes, so this is built once per segment.
    /// </summary>
    public SegmentValues For(AtomicReader reader) => _segments.GetValue(reader.CoreCacheKey, _ => Build(reader));

    private SegmentValues Build(AtomicReader reader)
    {
        var bytes = new BytesRef();
        var maxDoc = reader.MaxDoc;
        var starts = new int[maxDoc + 1];
        var ids = new List<int>(maxDoc * (multiValued ? 8 : 1));
        if (multiValued)
        {
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
        }
        else if (reader.GetSortedDocValues(fieldName) is { } single)
        {
            var map = Map(single.ValueCount, ord => { single.LookupOrd((int)ord, bytes); return bytes.Utf8ToString(); });
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = ids.Count;
                var ord = single.GetOrd(doc);
                if (ord >= 0)
                {
                    ids.Add(map[ord]);
                }
            }
        }

        starts[maxDoc] = ids.Count;
        return new SegmentValues(starts, ids.ToArray());
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

    internal sealed record SegmentValues(int[] Starts, int[] Ids);
}
