using Search.Core.Configuration;

namespace Search.Core.Indexing;

/// <summary>
/// Sizes of the per-view answer caches (configuration section "Search:Cache"). Both are dropped
/// whenever the index view changes, so a cached answer is never older than the index; 0 turns a cache off.
/// </summary>
public sealed class CacheOptions : IValidatedOptions
{
    public const string SectionName = "Search:Cache";

    /// <summary>
    /// Search results kept per index view, keyed by the whole request. A search box sees the same few
    /// thousand queries (and their filters and pages) over and over; only pages of up to 20 hits are
    /// kept, so at 8 to 16 KB a result this bounds the cache near 80 MB.
    /// </summary>
    public int SearchResults { get; set; } = 5_000;

    /// <summary>Related lists kept per index view, keyed by article id and count (about 2 KB each).</summary>
    public int RelatedLists { get; set; } = 20_000;

    /// <summary>
    /// Decoded stored articles kept per index view, keyed by document, for the hits of computed result pages (as Solr's
    /// documentCache): an article that ranks for many queries is decompressed and parsed once per view. About 3 to 6 KB
    /// each with a news body, so the default bounds it near 50 MB.
    /// </summary>
    public int StoredArticles { get; set; } = 10_000;

    /// <summary>No caching: what evaluations and benchmarks use to measure the engine rather than the cache.</summary>
    public static CacheOptions None { get; } = new() { SearchResults = 0, RelatedLists = 0, StoredArticles = 0 };

    public IEnumerable<string> Problems() =>
        OptionRules.NotNegative($"{SectionName}:SearchResults", SearchResults)
            .Concat(OptionRules.NotNegative($"{SectionName}:RelatedLists", RelatedLists))
            .Concat(OptionRules.NotNegative($"{SectionName}:StoredArticles", StoredArticles));
}
