namespace Search.Evaluation.Related;

/// <summary>
/// One system on one dataset: the rates of <see cref="RelatedMetrics"/> over every query, the confusion rate
/// where the set has topics (null elsewhere), and the time per call.
/// </summary>
public sealed record RelatedScore(
    string System,
    int Queries,
    double PrecisionAt5,
    double? ConfusionRate,
    double SuccessAt5,
    double MatesFound,
    double MeanResults,
    RelatedLatency Latency)
{
    public static RelatedScore From(string system, IReadOnlyCollection<RelatedJudgement> judged, IReadOnlyCollection<double> milliseconds, bool hasTopics) => new(
        system,
        judged.Count,
        RelatedMetrics.PrecisionAt5(judged),
        hasTopics ? RelatedMetrics.ConfusionRate(judged) : null,
        RelatedMetrics.SuccessAt5(judged),
        RelatedMetrics.MatesFound(judged),
        RelatedMetrics.MeanResults(judged),
        RelatedLatency.From(milliseconds));
}
