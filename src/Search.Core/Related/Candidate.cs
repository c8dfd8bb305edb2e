namespace Search.Core.Related;

/// <summary>A document found by the text or entity query, with what the re-rank needs to score it.</summary>
internal sealed class Candidate(int doc)
{
    public int Doc { get; } = doc;
    public float TextScore { get; set; }
    public float EntityOverlap { get; set; }
    public float Recency { get; set; } = 1f;
    public long Hash { get; set; }
    public Dictionary<string, float> Entities { get; } = new(StringComparer.Ordinal);
    public float Score { get; set; }
}
