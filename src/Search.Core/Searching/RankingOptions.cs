namespace Search.Core.Searching;

/// <summary>
/// Field boosts and the proximity bonus of the search box. Defaults were tuned on SciFact train
/// judgments only (see benchmarks/README.md); the evaluation command can override them.
/// </summary>
public sealed record RankingOptions
{
    /// <summary>Added weight of a match in the headline, on top of the whole-text match.</summary>
    public float TitleBoost { get; init; } = 0.5f;

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
