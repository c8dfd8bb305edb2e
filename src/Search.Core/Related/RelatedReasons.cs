namespace Search.Core.Related;

/// <summary>
/// Why an article was picked: the entities and the distinctive words it shares with the source, and how much each
/// signal contributed to its score (all zero for an editor's pin).
/// </summary>
public sealed record RelatedReasons(IReadOnlyList<SharedEntity> SharedEntities, IReadOnlyList<string> SharedTerms, SignalContributions Contributions);
