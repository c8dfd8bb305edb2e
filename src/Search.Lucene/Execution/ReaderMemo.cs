using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Search.Lucene.Execution;

/// <summary>
/// Values worked out against one index reader (one view of the index) or one segment's core, kept as long as that owner
/// lives and no longer: a write makes a new reader and so a fresh memo, and document numbers, term statistics and
/// everything else read from the old one are never reused. Bounded: past <paramref name="maxEntries"/> values an owner
/// computes each time (0 keeps none), or, with <paramref name="skipWhenFull"/>, gives the default value instead: for
/// values worth having only when they are kept.
/// </summary>
public sealed class ReaderMemo<TKey, TValue>(int maxEntries, bool skipWhenFull = false)
    where TKey : notnull
{
    private readonly ConditionalWeakTable<object, Entries> _owners = new();

    /// <param name="owner">The index reader of a view, or a segment reader's <c>CoreCacheKey</c>.</param>
    public TValue GetOrAdd(object owner, TKey key, Func<TValue> compute)
    {
        if (maxEntries <= 0)
        {
            return compute();
        }

        var entries = _owners.GetValue(owner, _ => new Entries());
        if (entries.Values.TryGetValue(key, out var known))
        {
            return known;
        }

        var full = Volatile.Read(ref entries.Count) >= maxEntries;
        if (full && skipWhenFull)
        {
            return default!;
        }

        var value = compute();
        if (!full && entries.Values.TryAdd(key, value))
        {
            Interlocked.Increment(ref entries.Count);
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
