using Search.Core.Configuration;

namespace Search.Core.Searching;

/// <summary>
/// How far the search box counts matches exactly (configuration section "Search:Counting"), as Elasticsearch's
/// <c>track_total_hits</c> does. Up to <see cref="ExactUpTo"/> matches the total and the facet counts are exact;
/// past it a free-word query stops counting, reports the total as a lower bound ("10,000+") and its facet counts as
/// approximate (counted over the matches seen so far), and finds the rest of its top hits by skipping documents that
/// cannot reach them. The hits of every page are the same either way.
/// </summary>
public sealed class CountingOptions : IValidatedOptions
{
    public const string SectionName = "Search:Counting";

    /// <summary>Matches counted exactly before a query may stop counting; 0 counts every match of every query.</summary>
    public int ExactUpTo { get; set; } = DefaultExactUpTo;

    /// <summary>What the page can show exactly: no reader pages past <see cref="SearchRequest.MaxWindow"/> either.</summary>
    public const int DefaultExactUpTo = 10_000;

    public IEnumerable<string> Problems() => OptionRules.NotNegative($"{SectionName}:ExactUpTo", ExactUpTo);
}
