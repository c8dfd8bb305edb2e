namespace Search.Core.Related;

/// <summary>A distinctive term of the source: the indexed (stemmed) form, the word as written, and its tf·idf weight.</summary>
internal sealed record WeightedTerm(string Term, string Surface, float Weight);
