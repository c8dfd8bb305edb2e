using System.Collections.Concurrent;

namespace Search.Core.Related;

/// <summary>
/// Related lists per (article, count), valid for one view of the index: when the view changes (a write,
/// a refresh, a rebuild) the whole cache is dropped at once. Bounded, so a crawler cannot grow it forever.
/// </summary>
internal sealed class RelatedCache
{
    private const int MaxEntries = 20_000;
    private volatile Generation _current = new("");

    public IReadOnlyList<RelatedItem>? GetOrAdd(string viewKey, string id, int count, Func<IReadOnlyList<RelatedItem>?> compute)
    {
        var generation = _current;
        if (generation.ViewKey != viewKey)
        {
            generation = new Generation(viewKey);
            _current = generation;
        }

        if (generation.Items.TryGetValue((id, count), out var cached))
        {
            return cached;
        }

        var computed = compute();
        if (computed is not null && generation.Items.Count < MaxEntries)
        {
            generation.Items.TryAdd((id, count), computed);
        }

        return computed;
    }

    private sealed class Generation(string viewKey)
    {
        public string ViewKey { get; } = viewKey;
        public ConcurrentDictionary<(string Id, int Count), IReadOnlyList<RelatedItem>> Items { get; } = new();
    }
}
