using Search.Core.Configuration;

namespace Search.Core.Analytics;

/// <summary>
/// Search analytics (configuration section "Search:Analytics"): what readers search for, what finds nothing and what they
/// click, kept in an embedded SQLite file beside the index. No IP address, cookie or user id is ever recorded.
/// </summary>
public sealed class AnalyticsOptions : IValidatedOptions
{
    public const string SectionName = "Search:Analytics";

    /// <summary>The database's name in the index folder when <see cref="DatabasePath"/> is not set.</summary>
    public const string DefaultDatabaseFile = "analytics.db";

    /// <summary>Record searches and accept click beacons; off, <c>POST /api/events</c> and the admin report answer 404.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The SQLite file; empty means <c>analytics.db</c> beside the index generations (in <c>Search:IndexPath</c>).</summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>Days an event is kept; older ones are deleted every <see cref="PruneIntervalMinutes"/>.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>
    /// The store's size bound: past this many events new ones are dropped (counted and logged) until retention frees room,
    /// so a flood of beacons can never fill the disk. A row takes under 200 bytes with its index (AnalyticsStoreTests
    /// prints the figure), so the default holds the file under about 400 MB.
    /// </summary>
    public int MaxRows { get; set; } = 2_000_000;

    /// <summary>Events waiting to be written; a full queue drops (and counts) the next ones rather than make a search wait.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>How often events past <see cref="RetentionDays"/> are deleted.</summary>
    public double PruneIntervalMinutes { get; set; } = 60;

    /// <summary>Successful queries offered as search-box suggestions (the most searched first); 0 turns the feed off.</summary>
    public int SuggestQueries { get; set; } = 1_000;

    /// <summary>
    /// Searches a query needs (in the retention window, finding something) before it is suggested to other readers:
    /// a query typed once or twice, perhaps someone's own name, is never shown to anyone else.
    /// </summary>
    public int SuggestMinSearches { get; set; } = 3;

    /// <summary>How often the suggested queries are read again from the store.</summary>
    public double SuggestRefreshSeconds { get; set; } = 60;

    /// <summary>In replicated mode, the JetStream stream every replica publishes its events to and reads everyone's from.</summary>
    public string Stream { get; set; } = "analytics";

    public IEnumerable<string> Problems() =>
        OptionRules.Between($"{SectionName}:RetentionDays", RetentionDays, 1, 3_650)
            .Concat(OptionRules.Between($"{SectionName}:MaxRows", MaxRows, 1, 1_000_000_000))
            .Concat(OptionRules.Between($"{SectionName}:QueueCapacity", QueueCapacity, 1, 1_000_000))
            .Concat(OptionRules.Between($"{SectionName}:PruneIntervalMinutes", PruneIntervalMinutes, 0.01, 10_080))
            .Concat(OptionRules.Between($"{SectionName}:SuggestQueries", SuggestQueries, 0, 100_000))
            .Concat(OptionRules.Between($"{SectionName}:SuggestMinSearches", SuggestMinSearches, 1, 1_000_000))
            .Concat(OptionRules.Between($"{SectionName}:SuggestRefreshSeconds", SuggestRefreshSeconds, 0, 86_400))
            .Concat(DatabasePath.Length > 0 && (DatabasePath.EndsWith('/') || DatabasePath.EndsWith('\\') || Directory.Exists(DatabasePath))
                ? [$"{SectionName}:DatabasePath must name a file, not a folder; it is {DatabasePath}."]
                : [])
            .Concat(System.Text.RegularExpressions.Regex.IsMatch(Stream ?? "", "^[A-Za-z0-9_-]{1,64}$")
                ? []
                : [$"{SectionName}:Stream must be 1 to 64 of A-Z a-z 0-9 _ - ; it is '{Stream}'."]);
}
