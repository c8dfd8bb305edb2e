namespace Search.Evaluation.Related;

/// <summary>
/// Every system measured on one dataset's index: what was indexed and asked, the best precision@5 the ground
/// truth allows (<see cref="RelatedMetrics.Ceiling"/>), and each system's result in the order run.
/// </summary>
public sealed record RelatedEvaluationResult(
    string Dataset,
    int Indexed,
    int Queries,
    TimeSpan IndexTime,
    double Ceiling,
    bool HasTopics,
    IReadOnlyList<RelatedSystemResult> Systems)
{
    /// <summary>The result of the system with this key, or null when it was not run.</summary>
    public RelatedSystemResult? this[string system] => Systems.FirstOrDefault(s => string.Equals(s.System.Key, system, StringComparison.Ordinal));
}
