namespace Search.Evaluation;

/// <summary>One evaluation run: mean metrics over the judged queries and what it took.</summary>
public sealed record BeirEvaluation(double NdcgAt10, double RecallAt100, int Queries, int Documents, TimeSpan SearchTime);
