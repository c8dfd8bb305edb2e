namespace Search.Core.Related;

/// <summary>A document found by the text or entity query, with what the re-rank needs to score it.</summary>
internal sealed class Candidate(int doc)
{
    public int Doc { get; } = doc;
    public float TextScore { get; set; }

    /// <summary>Σ over the source's terms of source weight × (1 + ln tf here), divided by this article's vector length.</summary>
    public float Cosine { get; set; }

    /// <summary>The source's phrases found here in the same order (each √(idf·idf)), divided by this article's vector length; 0 under two.</summary>
    public float Phrases { get; set; }

    /// <summary>Which of the source's phrases (indexes into <see cref="SourceProfile.Phrases"/>, heaviest first) it holds, when the signal counts them.</summary>
    public IReadOnlyList<int> SharedPhrases { get; set; } = [];

    /// <summary>BM25 of the source's headline words in the candidate's headline.</summary>
    public float TitleScore { get; set; }

    /// <summary>Cosine of the two articles' sentence embeddings, 0 where either has none.</summary>
    public float Semantic { get; set; }
    public float EntityOverlap { get; set; }
    public float Recency { get; set; } = 1f;

    /// <summary>How the years it names agree with the source's (<see cref="NamedYears.Agreement"/>).</summary>
    public float Years { get; set; } = 0.5f;
    public long Hash { get; set; }
    public Dictionary<string, float> Entities { get; } = new(StringComparer.Ordinal);
    /// <summary>Every signal on a 0-1 scale, set by the re-rank's measuring step.</summary>
    public CandidateSignals Signals { get; set; } = CandidateSignals.None;

    public float Score { get; set; }
    public SignalContributions Contributions { get; set; } = SignalContributions.None;
}
