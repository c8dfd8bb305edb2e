namespace Search.Evaluation;

/// <summary>
/// Ranking metrics as BEIR computes them with pytrec_eval: nDCG@k with linear graded gains and a
/// log2(rank + 1) discount, and Recall@k over the documents judged relevant (score above zero).
/// </summary>
public static class RankingMetrics
{
    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judged);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var dcg = Dcg(ranked.Take(k).Select(id => judged.TryGetValue(id, out var gain) ? gain : 0));
        var ideal = Dcg(judged.Values.OrderByDescending(gain => gain).Take(k));
        return ideal > 0 ? dcg / ideal : 0;
    }

    public static double RecallAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judged);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var relevant = judged.Count(kv => kv.Value > 0);
        if (relevant == 0)
        {
            return 0;
        }

        return ranked.Take(k).Distinct(StringComparer.Ordinal).Count(id => judged.TryGetValue(id, out var gain) && gain > 0) / (double)relevant;
    }

    /// <summary>
    /// The mean of <paramref name="metric"/> over every query that has judgments. A judged query
    /// missing from <paramref name="runs"/> counts as zero (pytrec_eval would drop it, flattering the mean).
    /// </summary>
    public static double Mean(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> qrels,
        IReadOnlyDictionary<string, IReadOnlyList<string>> runs,
        Func<IReadOnlyList<string>, IReadOnlyDictionary<string, int>, double> metric)
    {
        ArgumentNullException.ThrowIfNull(qrels);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(metric);
        return qrels.Count == 0 ? 0 : qrels.Average(q => metric(runs.TryGetValue(q.Key, out var ranked) ? ranked : [], q.Value));
    }

    // Non-positive judgments ("judged not relevant") add nothing, as in trec_eval.
    private static double Dcg(IEnumerable<int> gains) =>
        gains.Select((gain, index) => gain > 0 ? gain / Math.Log2(index + 2) : 0).Sum();
}
