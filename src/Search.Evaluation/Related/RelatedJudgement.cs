namespace Search.Evaluation.Related;

/// <summary>
/// One query's related list judged against the ground truth: hits and confusions among its first
/// <see cref="RelatedMetrics.ListLength"/>, how many mates the query has in the whole corpus (other
/// articles that would be hits), and how many results came back.
/// </summary>
public sealed record RelatedJudgement(string QueryId, int Hits, int Confusions, int Mates, int Results);
