using Lucene.Net.Search;

namespace Search.Core.Indexing;

/// <summary>
/// Runs representative work on a generation before <see cref="IndexStore"/> serves it, so the first readers after
/// a start or a rebuild do not pay for the JIT's first tiers, cold segment files and per-segment caches (the role
/// Lucene gives <c>SearcherFactory</c> and <c>IndexReaderWarmer</c>, but with the engine's own requests).
/// </summary>
public interface IIndexWarmer
{
    /// <summary>Warms <paramref name="searcher"/> (the new generation's); stops early once <paramref name="stop"/> is cancelled.</summary>
    void Warm(IndexSearcher searcher, CancellationToken stop);
}
