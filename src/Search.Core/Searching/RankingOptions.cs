using Search.Core.Configuration;

namespace Search.Core.Searching;

/// <summary>
/// Field boosts and the proximity bonus of the search box (configuration section "Search:Ranking"); the
/// evaluation command can override them.
/// The title boost was tuned on SciFact train judgments only (the held-out test split never used; the sweep is in
/// benchmarks/RESULTS.md, "Numbers moved out of the code"). SciFact has no captions or entities, and its long
/// claims never fit one sloppy phrase, so the other values are untuned.
/// </summary>
public sealed record RankingOptions : IValidatedOptions
{
    public const string SectionName = "Search:Ranking";

    /// <summary>Added weight of a match in the headline, on top of the whole-text match (which already holds the headline).</summary>
    public float TitleBoost { get; init; } = 0.25f;

    /// <summary>Added weight of a match in a photo caption or credit.</summary>
    public float CaptionBoost { get; init; } = 0.2f;

    /// <summary>Added weight of a match in an entity name ("Vladimir Putin").</summary>
    public float EntityBoost { get; init; } = 0.3f;

    /// <summary>Bonus for the query's words appearing near each other, in order-insensitive sloppy phrase.</summary>
    public float ProximityBoost { get; init; } = 0.3f;

    public int ProximitySlop { get; init; } = 4;

    /// <summary>Prefix terms (<c>word*</c>) expand to at most this many index terms.</summary>
    public int MaxPrefixExpansions { get; init; } = 64;

    public static RankingOptions Default { get; } = new();

    public IEnumerable<string> Problems() =>
        OptionRules.Between($"{SectionName}:TitleBoost", TitleBoost, 0, 100)
            .Concat(OptionRules.Between($"{SectionName}:CaptionBoost", CaptionBoost, 0, 100))
            .Concat(OptionRules.Between($"{SectionName}:EntityBoost", EntityBoost, 0, 100))
            .Concat(OptionRules.Between($"{SectionName}:ProximityBoost", ProximityBoost, 0, 100))
            .Concat(OptionRules.Between($"{SectionName}:ProximitySlop", ProximitySlop, 0, 50))
            // Each expansion is a clause, under Lucene's limit of 1,024 per boolean query.
            .Concat(OptionRules.Between($"{SectionName}:MaxPrefixExpansions", MaxPrefixExpansions, 1, 512));
}
