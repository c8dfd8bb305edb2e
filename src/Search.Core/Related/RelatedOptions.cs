using Search.Core.Configuration;

namespace Search.Core.Related;

/// <summary>
/// Knobs of "More from" (configuration section "Search:Related"). The blend favours what makes two articles the same story (distinctive
/// shared words, shared central entities), with closeness in time as a multiplier, not a topic.
/// </summary>
public sealed record RelatedOptions : IValidatedOptions
{
    public const string SectionName = "Search:Related";

    public const int MaxCount = 20;

    /// <summary>
    /// Distinctive terms of the source article used to find candidates: enough to carry a story's
    /// vocabulary beyond its two or three names, still a small query.
    /// </summary>
    public int MaxQueryTerms { get; init; } = 40;

    /// <summary>Candidates fetched from each of the text and entity queries: the cap on re-rank work.</summary>
    public int MaxCandidates { get; init; } = 60;

    /// <summary>Only this much of a long body is read for distinctive terms; ledes carry the story.</summary>
    public int MaxBodyChars { get; init; } = 8_000;

    /// <summary>Terms in more than this share of articles say nothing about the story.</summary>
    public double MaxDocFreqRatio { get; init; } = 0.5;

    /// <summary>
    /// Terms held by more articles than this still score candidates but do not draw them. In an archive of
    /// a million, a word in 50,000 articles ("election", "minister") finds little the source's names and
    /// rarer words do not, while its postings were most of the cost of a related list at 1M (the cap's gain:
    /// benchmarks/RESULTS.md, "Numbers moved out of the code"). Below 100,000 articles <see cref="MaxDocFreqRatio"/> is the lower bound, so
    /// the cap changes nothing there (nor on any of the labeled evaluation sets).
    /// </summary>
    public int MaxCandidateDocFreq { get; init; } = 50_000;

    /// <summary>Headline and lede words count more, but not so much that a short headline outweighs the body.</summary>
    public float TitleTermWeight { get; init; } = 2f;
    public float LedeTermWeight { get; init; } = 1.5f;

    // The blend's weights below are fitted, not set by hand: `fit-related` (coordinate ascent on P@5 over ECB+, WikiRef,
    // BBC, Reuters and the synthetic threads with embeddings, fitted on half the stories of each set, each set held to its TF-IDF baseline,
    // every trial required to keep the seed page's Kazakhstan piece leading with the Russia stories and, without
    // embeddings, WikiRef and ECB+ at or above MoreLikeThis). The run, its
    // command and its held-out figures: benchmarks/README.md, "More from" quality.

    /// <summary>Weight of the source's distinctive words in the candidate (BM25, scaled to the best candidate's).</summary>
    public float TextWeight { get; init; } = 0.15f;

    /// <summary>
    /// Weight of the cosine of the two articles' term vectors (source: (1 + ln tf) · idf² over its
    /// <see cref="MaxCosineTerms"/> heaviest terms; candidate: (1 + ln tf) over its length), scaled to the best candidate's.
    /// Unlike BM25 of a few dozen terms, the candidate's whole vocabulary counts: an article on another event that
    /// shares the story's names but not its words falls back. Measured for the fitting command and still there to weigh;
    /// fitted to 0.1-0.2 once the phrase signal came (which reads the same postings, so it costs nothing extra).
    /// </summary>
    public float CosineWeight { get; init; } = 0.2f;

    /// <summary>The source's heaviest terms compared in the cosine: beyond about 100 the rest add little but cost.</summary>
    public int MaxCosineTerms { get; init; } = 100;

    /// <summary>
    /// Weight of the source's phrases found in the candidate: pairs of words that follow each other in both (each
    /// √(idf·idf), over the candidate's vector length; 0 unless at least two are shared), scaled to the best
    /// candidate's. Reports of one event repeat its names and phrases ("Mount Cook", "two-party basis"); another event
    /// of the same kind shares the words but seldom in the same order. Fitted above the cosine: the phrases
    /// carry most of what the cosine did and more (benchmarks/README.md, "More from" quality).
    /// </summary>
    public float PhraseWeight { get; init; } = 0.3f;

    /// <summary>
    /// The source's phrases (pairs of words that follow each other) looked for in each candidate, heaviest (rarest words)
    /// first. Reading a word's positions costs more the commoner it is, so the phrases' words are those in at most
    /// <see cref="MaxCandidateDocFreq"/> articles: at 1M, 150 pairs then cost a related list p50 14.1 ms against 28.8 with
    /// every word (11.8 without phrases); 40 pairs were as fast but lost what the phrases won (benchmarks/RESULTS.md,
    /// 2026-12-02 third session).
    /// </summary>
    public int MaxPhrasePairs { get; init; } = 150;

    /// <summary>Weight of the source's headline words in the candidate's headline (BM25 over titles, scaled to the best candidate's).</summary>
    public float TitleWeight { get; init; } = 0.1f;

    /// <summary>Weight of shared entities (centrality × rarity, saturating).</summary>
    public float EntityWeight { get; init; } = 0.15f;

    /// <summary>Weight of closeness in meaning (cosine of the two articles' sentence embeddings).</summary>
    public float SemanticWeight { get; init; } = 0.6f;

    /// <summary>
    /// Shared entity mass (centrality × idf), as a share of the idf of a name found in one article, at
    /// which the entity signal reaches 63%: one central rare name gives about 0.6, a common country about 0.1.
    /// </summary>
    public float EntitySaturation { get; init; } = 0.8f;

    /// <summary>
    /// How much closeness in time can scale a score: 0.5 means a stale article keeps at least half its score. Stories of one
    /// event cluster within weeks (30-day half-life); undated sets (WikiRef, BBC, ECB+) are unaffected.
    /// </summary>
    public float RecencyWeight { get; init; } = 0.5f;

    public double RecencyHalfLifeDays { get; init; } = 30;

    /// <summary>
    /// How much the years the two articles name can scale a score (<see cref="Schema.NamedYears"/>): a candidate naming only
    /// other years than the source keeps 1 − this, one naming a year in common all of it, one naming none (or a source
    /// naming none) the middle. Reports of one event name its year; two events of one kind years apart do not share one.
    /// </summary>
    public float YearsWeight { get; init; } = 0.2f;

    /// <summary>
    /// A source with fewer distinctive terms than this (a draft of a headline and a line, a photo story) says too little in
    /// words: the nearest articles by meaning join its candidates (when the index holds embeddings).
    /// </summary>
    public int ThinSourceTerms { get; init; } = 12;

    /// <summary>Likewise when the text and entity queries together find fewer candidates than this.</summary>
    public int ThinSourceCandidates { get; init; } = 10;

    /// <summary>
    /// Embedding cosine a document drawn by meaning alone must reach. With MiniLM, articles of one story are typically
    /// 0.5-0.9 apart and unrelated ones under 0.3 (the labelled sets, benchmarks/RESULTS.md); in a small archive every
    /// source has few candidates, and what is merely the least far is not related.
    /// </summary>
    public float SemanticCandidateFloor { get; init; } = 0.4f;

    /// <summary>
    /// Documents whose embeddings a thin source's nearest-by-meaning scan reads at most, the last segments first: the scan
    /// is exact but linear. At 1M articles a thin draft's list (200,000 scanned) took a p50 of 21-34 ms against 11-17 for a
    /// full article's on this project's 2-core machine (benchmarks/README.md, 2026-12-02).
    /// </summary>
    public int SemanticScanLimit { get; init; } = 200_000;

    /// <summary>Score factor for a candidate that looks like a version of one already picked.</summary>
    public float RedundancyPenalty { get; init; } = 0.5f;

    public static RelatedOptions Default { get; } = new();

    public IEnumerable<string> Problems() =>
        OptionRules.Between($"{SectionName}:MaxQueryTerms", MaxQueryTerms, 1, 200)
            .Concat(OptionRules.Between($"{SectionName}:MaxCandidates", MaxCandidates, 1, 1000))
            .Concat(OptionRules.Between($"{SectionName}:MaxBodyChars", MaxBodyChars, 100, 1_000_000))
            .Concat(OptionRules.Between($"{SectionName}:MaxDocFreqRatio", MaxDocFreqRatio, 0.001, 1))
            .Concat(OptionRules.Between($"{SectionName}:MaxCandidateDocFreq", MaxCandidateDocFreq, 1, int.MaxValue))
            .Concat(OptionRules.Between($"{SectionName}:TitleTermWeight", TitleTermWeight, 0, 100))
            .Concat(OptionRules.Between($"{SectionName}:LedeTermWeight", LedeTermWeight, 0, 100))
            .Concat(OptionRules.Between($"{SectionName}:TextWeight", TextWeight, 0, 1))
            .Concat(OptionRules.Between($"{SectionName}:CosineWeight", CosineWeight, 0, 1))
            .Concat(OptionRules.Between($"{SectionName}:PhraseWeight", PhraseWeight, 0, 1))
            .Concat(OptionRules.Between($"{SectionName}:MaxPhrasePairs", MaxPhrasePairs, 0, 1_000))
            .Concat(OptionRules.Between($"{SectionName}:MaxCosineTerms", MaxCosineTerms, 1, 1000))
            .Concat(OptionRules.Between($"{SectionName}:EntityWeight", EntityWeight, 0, 1))
            .Concat(OptionRules.Between($"{SectionName}:TitleWeight", TitleWeight, 0, 1))
            .Concat(OptionRules.Between($"{SectionName}:SemanticWeight", SemanticWeight, 0, 1))
            .Concat(OptionRules.Between($"{SectionName}:EntitySaturation", EntitySaturation, 0.001, 100))
            .Concat(OptionRules.Between($"{SectionName}:RecencyWeight", RecencyWeight, 0, 1))
            .Concat(OptionRules.Between($"{SectionName}:YearsWeight", YearsWeight, 0, 1))
            .Concat(OptionRules.Between($"{SectionName}:RecencyHalfLifeDays", RecencyHalfLifeDays, 0.01, 36_500))
            .Concat(OptionRules.Between($"{SectionName}:RedundancyPenalty", RedundancyPenalty, 0, 1))
            .Concat(OptionRules.Between($"{SectionName}:ThinSourceTerms", ThinSourceTerms, 0, 1000))
            .Concat(OptionRules.Between($"{SectionName}:ThinSourceCandidates", ThinSourceCandidates, 0, 1000))
            .Concat(OptionRules.Between($"{SectionName}:SemanticScanLimit", SemanticScanLimit, 0, int.MaxValue))
            .Concat(OptionRules.Between($"{SectionName}:SemanticCandidateFloor", SemanticCandidateFloor, -1, 1));
}
