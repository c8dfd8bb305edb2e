namespace Search.Evaluation.Related;

/// <summary>
/// Same-label precision@5 of our related list and of the MoreLikeThis baseline over one dataset, and the
/// time per call of each. Precision divides by 5 even when fewer than 5 results come back.
/// </summary>
public sealed record RelatedEvaluationResult(
    string Dataset,
    int Indexed,
    int Queries,
    double OursPrecision,
    double BaselinePrecision,
    double OursMeanResults,
    double BaselineMeanResults,
    RelatedLatency OursLatency,
    RelatedLatency BaselineLatency);
