namespace Search.Evaluation.Related;

/// <summary>One system's run on a dataset, each query judged, and the score they add up to.</summary>
public sealed record RelatedSystemResult(RelatedSystem System, RelatedScore Score, RelatedRun Run, IReadOnlyList<RelatedJudgement> Judged);
