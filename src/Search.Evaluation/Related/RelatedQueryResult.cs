namespace Search.Evaluation.Related;

/// <summary>What a system returned for one query article, best first, and how long the call took.</summary>
public sealed record RelatedQueryResult(string QueryId, IReadOnlyList<string> Ranked, double Milliseconds);
