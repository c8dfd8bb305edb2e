using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>
/// Values worked out against one index reader (one view of the index), kept as long as that reader lives and no longer:
/// a write makes a new reader and so a fresh memo, and document numbers, term statistics and everything else read from
/// the old one are never reused. Bounded: past <paramref name="maxEntries"/> values a view computes each time; 0 keeps none.
/// </summary>
internal sealed class ReaderMemo<TKey, TValue>(int maxEntries)
    where TKey : notnull
{
    private readonly ConditionalWeakTable<IndexReader, Entries> _views = new();

    public TValue GetOrAdd(IndexReader reader, TKey key, Func<TValue> compute)
    {
        if (maxEntries <= 0)
        {
            return compute();
        }

        var entries = _views.GetValue(reader, _ => new Entries());
        if (entries.Values.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = compute();
        if (Interlocked.Increment(ref entries.Count) <= maxEntries)
        {
            entries.Values.TryAdd(key, value);
        }

        return value;
    }

    private sealed class Entries
    {
        // A field, not ConcurrentDictionary.Count, which takes every lock of the dictionary.
        public int Count;

        public ConcurrentDictionary<TKey, TValue> Values { get; } = new();
    }
}
