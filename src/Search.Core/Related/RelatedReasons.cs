namespace Search.Core.Related;

/// <summary>Why an article was picked: the entities and the distinctive words it shares with the source.</summary>
public sealed record RelatedReasons(IReadOnlyList<SharedEntity> SharedEntities, IReadOnlyList<string> SharedTerms);
