using Search.Benchmarks.Corpus;
using Search.Core.Related;

namespace Search.Benchmarks.Related;

/// <summary>
/// Our "More from" for the sample articles in turn. The finder caches per article for the index view,
/// so each id is asked once per finder: a new finder starts each pass over the sample, and every
/// timed call is a cache miss (the new finder costs one analyzer per 1,000 calls).
/// </summary>
public sealed class OurRelated(BenchIndex index, string[] ids)
{
    private RelatedFinder _finder = new(index.Store);
    private int _next;

    /// <summary>Related list for the next sample article; returns how many items and the length of their ids.</summary>
    public long Next()
    {
        if (_next == ids.Length)
        {
            _finder = new RelatedFinder(index.Store);
            _next = 0;
        }

        var items = _finder.ForArticle(ids[_next++], 5) ?? throw new InvalidOperationException($"Unknown article {ids[_next - 1]}.");
        long sum = items.Count;
        foreach (var item in items)
        {
            sum += item.Id.Length;
        }

        return sum;
    }
}
