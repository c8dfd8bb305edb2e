using Lucene.Net.Search;

namespace Search.Lucene.Scoring;

/// <summary>
/// What a bulk scorer that works out scores itself hands its collector: the document being collected and its
/// score. It is never iterated.
/// </summary>
public sealed class CollectedScorer(Weight weight) : Scorer(weight)
{
    public int Doc = -1;
    public float Value;

    public override int DocID => Doc;

    public override int Freq => 1;

    public override float GetScore() => Value;

    public override int NextDoc() => throw new NotSupportedException();

    public override int Advance(int target) => throw new NotSupportedException();

    public override long GetCost() => 1;
}
