namespace Search.Evaluation.Related;

/// <summary>
/// The arithmetic of the related evaluation, over judged top-5 lists. Every rate divides by 5 slots per
/// query, so a short list is not rewarded for being short.
/// </summary>
public static class RelatedMetrics
{
    public const int ListLength = 5;

    /// <summary>Judges the first <see cref="ListLength"/> ids of <paramref name="ranked"/>; an id the set does not hold is a miss.</summary>
    public static RelatedJudgement Judge(
        RelatedDataset dataset, LabeledNewsArticle query, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, LabeledNewsArticle> byId, int mates)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(byId);
        var top = ranked.Take(ListLength).Select(id => byId.GetValueOrDefault(id)).OfType<LabeledNewsArticle>().ToArray();
        return new RelatedJudgement(
            query.Article.Id, top.Count(r => dataset.IsHit(query, r)), top.Count(r => dataset.IsConfusion(query, r)), mates, ranked.Count);
    }

    /// <summary>The other articles of <paramref name="corpus"/> that would be hits for <paramref name="query"/>.</summary>
    public static int Mates(RelatedDataset dataset, LabeledNewsArticle query, IEnumerable<LabeledNewsArticle> corpus)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Count(a => !string.Equals(a.Article.Id, query.Article.Id, StringComparison.Ordinal) && dataset.IsHit(query, a));
    }

    /// <summary>Precision@5: hits over 5 slots per query.</summary>
    public static double PrecisionAt5(IReadOnlyCollection<RelatedJudgement> judged) => PerSlot(judged, j => j.Hits);

    /// <summary>Share of the 5 slots holding a result of the query's topic but another event (ECB+).</summary>
    public static double ConfusionRate(IReadOnlyCollection<RelatedJudgement> judged) => PerSlot(judged, j => j.Confusions);

    /// <summary>The best precision@5 possible: a query with fewer than 5 mates cannot fill its 5 slots with hits.</summary>
    public static double Ceiling(IReadOnlyCollection<RelatedJudgement> judged) => PerSlot(judged, j => Math.Min(ListLength, j.Mates));

    /// <summary>Share of queries whose top 5 holds at least one hit.</summary>
    public static double SuccessAt5(IReadOnlyCollection<RelatedJudgement> judged) => Mean(judged, j => j.Hits > 0 ? 1 : 0);

    /// <summary>Mean share of the mates found that could be found (hits over min(5, mates)), over queries with a mate.</summary>
    public static double MatesFound(IReadOnlyCollection<RelatedJudgement> judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        return Mean(judged.Where(j => j.Mates > 0).ToArray(), j => j.Hits / (double)Math.Min(ListLength, j.Mates));
    }

    public static double MeanResults(IReadOnlyCollection<RelatedJudgement> judged) => Mean(judged, j => j.Results);

    private static double PerSlot(IReadOnlyCollection<RelatedJudgement> judged, Func<RelatedJudgement, int> count) =>
        Mean(judged, j => count(j)) / ListLength;

    private static double Mean(IReadOnlyCollection<RelatedJudgement> judged, Func<RelatedJudgement, double> value)
    {
        ArgumentNullException.ThrowIfNull(judged);
        return judged.Count == 0 ? 0 : judged.Sum(value) / judged.Count;
    }
}
