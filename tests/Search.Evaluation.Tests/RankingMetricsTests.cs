using Search.Evaluation;

namespace Search.Evaluation.Tests;

public sealed class RankingMetricsTests
{
    private static readonly Dictionary<string, int> Graded = new() { ["a"] = 3, ["b"] = 2, ["c"] = 1 };

    [Fact]
    public void Perfect_ranking_scores_one()
    {
        Assert.Equal(1.0, RankingMetrics.NdcgAt(10, ["a", "b", "c", "x"], Graded), 10);
        Assert.Equal(1.0, RankingMetrics.RecallAt(100, ["a", "b", "c", "x"], Graded), 10);
    }

    [Fact]
    public void Graded_ndcg_uses_linear_gains_and_log2_discount()
    {
        // DCG = 1/log2(2) + 0 + 3/log2(4) + 2/log2(5) = 3.361353; ideal = 3 + 2/log2(3) + 1/log2(4) = 4.761860.
        Assert.Equal(0.705891, RankingMetrics.NdcgAt(10, ["c", "x", "a", "b"], Graded), 6);
    }

    [Fact]
    public void Ndcg_is_cut_at_k_on_both_the_ranking_and_the_ideal()
    {
        // Binary: the only relevant document at rank 2 of a cutoff of 2, against an ideal with two relevant.
        var binary = new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 1 };
        Assert.Equal(1 / Math.Log2(3) / (1 + 1 / Math.Log2(3)), RankingMetrics.NdcgAt(2, ["x", "a", "b"], binary), 10);
        Assert.Equal(0.0, RankingMetrics.NdcgAt(1, ["x", "a"], binary));
    }

    [Fact]
    public void Recall_counts_relevant_documents_found_within_k()
    {
        Assert.Equal(1 / 3.0, RankingMetrics.RecallAt(2, ["a", "x", "b"], Graded), 10);
        Assert.Equal(2 / 3.0, RankingMetrics.RecallAt(3, ["a", "x", "b"], Graded), 10);
    }

    [Fact]
    public void Documents_judged_not_relevant_add_nothing()
    {
        var judged = new Dictionary<string, int> { ["a"] = 1, ["z"] = 0 };
        Assert.Equal(1.0, RankingMetrics.RecallAt(10, ["z", "a"], judged), 10);
        Assert.Equal(1 / Math.Log2(3), RankingMetrics.NdcgAt(10, ["z", "a"], judged), 10);
    }

    [Fact]
    public void Mean_counts_a_judged_query_without_results_as_zero()
    {
        var qrels = new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["q1"] = new Dictionary<string, int> { ["a"] = 1 },
            ["q2"] = new Dictionary<string, int> { ["b"] = 1 },
        };
        var runs = new Dictionary<string, IReadOnlyList<string>> { ["q1"] = ["a"], ["unjudged"] = ["b"] };

        Assert.Equal(0.5, RankingMetrics.Mean(qrels, runs, (ranked, judged) => RankingMetrics.NdcgAt(10, ranked, judged)), 10);
    }
}
