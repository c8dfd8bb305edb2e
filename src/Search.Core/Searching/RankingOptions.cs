namespace Search.Core.Searching;

/// <summary>
/// Field boosts and the proximity bonus of the search box; the evaluation command can override them.
/// The title boost was tuned on SciFact train judgments only (809 queries; held-out test never used):
/// nDCG@10 0.704 at 0.25 against 0.699 at 0, 0.693 at 0.5 and 0.667 at 1. SciFact has no captions
/// or entities, and its long claims never fit one sloppy phrase, so the other values are untuned.
/// </summary>
public sealed record RankingOptions
{
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
}
