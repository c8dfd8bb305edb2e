using System.Collections.Concurrent;
using Search.Core.Diagnostics;

namespace Search.Core.Indexing;

/// <summary>
/// Answers computed against one view of the index (<see cref="SearcherLease.ViewKey"/>): when the view
/// changes (a write, a refresh, a rebuild) every entry is dropped at once, so nothing stale is ever
/// served. Bounded: once full, new answers are computed but not kept until the next view, so a crawler
/// of unique queries cannot grow it. <paramref name="maxEntries"/> 0 turns caching off. Hits and misses are counted
/// under <paramref name="name"/> (<see cref="EngineTelemetry.CacheLookups"/>) while caching is on.
/// </summary>
internal sealed class ViewCache<TKey, TValue>(int maxEntries, string name)
    where TKey : notnull
    where TValue : class
{
    private readonly KeyValuePair<string, object?> _cacheTag = new("cache", name);
    private volatile Generation _current = new("");

    public TValue? GetOrAdd(string viewKey, TKey key, Func<TValue?> compute)
    {
        if (maxEntries <= 0)
        {
            return compute();
        }

        var generation = _current;
        if (generation.ViewKey != viewKey)
        {
            generation = new Generation(viewKey);
            _current = generation;
        }

        if (generation.Items.TryGetValue(key, out var cached))
        {
            EngineTelemetry.CacheLookups.Add(1, _cacheTag, Hit);
            return cached;
        }

        EngineTelemetry.CacheLookups.Add(1, _cacheTag, Miss);

        var computed = compute();
        // Unknown ids (null) are not kept: they are cheap to answer and would let anyone fill the cache.
        if (computed is not null && Interlocked.Increment(ref generation.Count) <= maxEntries)
        {
            generation.Items.TryAdd(key, computed);
        }

        return computed;
    }

    private static readonly KeyValuePair<string, object?> Hit = new("outcome", "hit");
    private static readonly KeyValuePair<string, object?> Miss = new("outcome", "miss");

    private sealed class Generation(string viewKey)
    {
        // A field, not ConcurrentDictionary.Count, which takes every lock of the dictionary.
        public int Count;

        public string ViewKey { get; } = viewKey;

        public ConcurrentDictionary<TKey, TValue> Items { get; } = new();
    }
}
