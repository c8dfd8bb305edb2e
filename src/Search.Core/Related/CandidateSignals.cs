namespace Search.Core.Related;

/// <summary>
/// What the re-rank knows of one candidate, each signal on a 0-1 scale: shared wording (BM25 of the source's
/// distinctive terms, scaled to the best candidate's), the cosine of the two articles' term vectors (likewise; the
/// candidate's vector length counts, so a long article that mentions the story in passing is not favoured), the
/// source's headline words in its headline (likewise), the source's phrases (adjacent word pairs) found in it
/// (likewise, over the same vector length),
/// shared entities (centrality × rarity, saturating), closeness in meaning (embedding cosine), closeness in time
/// (0.5 when either is undated), and its content hash for the diversity step, and whether the two name the same years
/// (1 a year in common, 0 none in common, 0.5 when either names none: <see cref="Schema.NamedYears"/>). The blend weights these; the fitting
/// command learns the weights from them.
/// </summary>
public sealed record CandidateSignals(float Text, float Cosine, float Title, float Entities, float Semantic, float Recency, long Hash, float Phrases = 0, float Years = 0.5f)
{
    public static CandidateSignals None { get; } = new(0, 0, 0, 0, 0, 0.5f, 0, 0, 0.5f);
}
