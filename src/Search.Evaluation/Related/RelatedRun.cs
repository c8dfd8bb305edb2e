namespace Search.Evaluation.Related;

/// <summary>
/// One system's related lists for every query of a bench, in the bench's query order. <see cref="Parallel"/>
/// runs spread the queries over the cores (for fitting): their times overlap and are not latencies.
/// </summary>
public sealed record RelatedRun(RelatedSystem System, IReadOnlyList<RelatedQueryResult> Queries, bool Parallel);
