using Search.Core.Configuration;

namespace Search.Api.Hosting;

/// <summary>
/// How much anonymous, costly work the host takes on at once (configuration section <c>Search:Limits</c>). Scoring a
/// posted draft (<c>POST /api/related</c>) analyses up to 256 KB and runs the related search: a flood of them must
/// not take every core from the readers' searches, so past the permits and the queue a draft gets a 429.
/// </summary>
public sealed class RequestLimitsOptions : IValidatedOptions
{
    public const string SectionName = "Search:Limits";

    /// <summary>Drafts scored at once, per core: two keep every core busy while one waits on memory, and no more.</summary>
    public int DraftPermitsPerCore { get; set; } = 2;

    /// <summary>Drafts that wait for a permit (oldest first) before more are refused: a short burst from one CMS, not a flood.</summary>
    public int DraftQueue { get; set; } = 4;

    /// <summary>The <c>Retry-After</c> of a refused draft: a draft takes milliseconds, so a second is ample.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>
    /// Analytics beacons (<c>POST /api/events</c>) one client may send a minute; past it a 429. A reader clicks a few
    /// results a minute, so this only ever stops a script. Clients are told apart by address in memory only, never stored.
    /// </summary>
    public int EventsPerClientPerMinute { get; set; } = 120;

    /// <summary>Drafts scored at once on this machine.</summary>
    public int DraftPermits => DraftPermitsPerCore * Environment.ProcessorCount;

    public IEnumerable<string> Problems() =>
        OptionRules.Between($"{SectionName}:DraftPermitsPerCore", DraftPermitsPerCore, 1, 64)
            .Concat(OptionRules.Between($"{SectionName}:DraftQueue", DraftQueue, 0, 10_000))
            .Concat(OptionRules.Between($"{SectionName}:RetryAfterSeconds", RetryAfterSeconds, 1, 3_600))
            .Concat(OptionRules.Between($"{SectionName}:EventsPerClientPerMinute", EventsPerClientPerMinute, 1, 1_000_000));
}
