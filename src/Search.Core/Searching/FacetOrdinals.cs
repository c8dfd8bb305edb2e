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
    private readonly ConditionalWeakTable<object, int[]> _segments = new();
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

    /// <summary>The segment's ordinal → id map (empty when the segment has no such field).</summary>
    public int[] For(AtomicReader reader) => _segments.GetValue(reader.CoreCacheKey, _ => Build(reader));

    private int[] Build(AtomicReader reader)
    {
        var bytes = new BytesRef();
        if (multiValued)
        {
            var values = reader.GetSortedSetDocValues(fieldName);
            return values is null ? [] : Map(values.ValueCount, ord => { values.LookupOrd(ord, bytes); return bytes.Utf8ToString(); });
        }

        var single = reader.GetSortedDocValues(fieldName);
        return single is null ? [] : Map(single.ValueCount, ord => { single.LookupOrd((int)ord, bytes); return bytes.Utf8ToString(); });
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
}
