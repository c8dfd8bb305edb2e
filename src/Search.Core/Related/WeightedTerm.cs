namespace Search.Core.Related;

/// <summary>
/// A distinctive term of the source: the indexed (stemmed) form, the word as written, its tf·idf
/// selection weight, and <see cref="SourceWeight"/>, how strongly the source says it (headline and lede
/// weighted up, sublinear tf) without rarity, which is the term's boost in the candidate query, and how
/// many articles hold it.
/// </summary>
internal sealed record WeightedTerm(string Term, string Surface, float Weight, float SourceWeight, int DocFreq);
