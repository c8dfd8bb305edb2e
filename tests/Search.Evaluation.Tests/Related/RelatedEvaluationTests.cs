using Search.Core.Tests.Support;
using Search.Evaluation.Related;

namespace Search.Evaluation.Tests.Related;

/// <summary>
/// "More from" and the baselines on the labeled sets beside the checkout (same index, same queries).
/// Reuters and the synthetic threads are the CLI's job: they take longer than a unit test should.
/// </summary>
public sealed class RelatedEvaluationTests
{
    private const string NoData = "../shared/data not found: evaluation data is only beside the checkout in CI";

    [SkippableFact]
    public void Related_is_at_least_as_good_as_MoreLikeThis_on_WikiRef_main_topics()
    {
        Skip.IfNot(Directory.Exists(TestPaths.SharedData), NoData);
        using var bench = RelatedBench.Build(RelatedDataset.WikiRef, TestPaths.SharedData);

        var result = bench.Evaluate([RelatedSystem.Blend, RelatedSystem.MoreLikeThis]);

        Assert.Equal(185, result.Queries);
        var (ours, mlt) = (result["ours"]!.Score.PrecisionAt5, result["mlt"]!.Score.PrecisionAt5);
        Assert.True(ours >= mlt, $"ours {ours:F3} < MoreLikeThis {mlt:F3}");
    }

    [SkippableFact]
    public void Related_beats_MoreLikeThis_on_BBC_sections_without_counting_duplicates()
    {
        Skip.IfNot(Directory.Exists(TestPaths.SharedData), NoData);
        using var bench = RelatedBench.Build(RelatedDataset.Bbc, TestPaths.SharedData, sample: 1_000, seed: 42);

        var result = bench.Evaluate([RelatedSystem.Blend, RelatedSystem.MoreLikeThis]);

        Assert.Equal(1_000, result.Queries);
        var (ours, mlt) = (result["ours"]!.Score.PrecisionAt5, result["mlt"]!.Score.PrecisionAt5);
        Assert.True(ours > mlt, $"ours {ours:F3} <= MoreLikeThis {mlt:F3}");
    }

    [SkippableFact]
    public void TF_IDF_cosine_reproduces_the_published_ECB_plus_precision_under_the_ceiling()
    {
        Skip.IfNot(File.Exists(Path.Combine(TestPaths.SharedData, RelatedDataset.EcbPlus.Source)), NoData);
        using var bench = RelatedBench.Build(RelatedDataset.EcbPlus, TestPaths.SharedData);

        var result = bench.Evaluate([RelatedSystem.TfIdf]);

        // The data README: every one of the 496 texts is a query, the ceiling is 0.996, TF-IDF gets 0.963.
        Assert.Equal(496, result.Queries);
        Assert.Equal(0.996, result.Ceiling, 0.0005);
        var tfIdf = result["tfidf"]!.Score;
        Assert.InRange(tfIdf.PrecisionAt5, 0.953, 0.973);
        Assert.InRange(tfIdf.ConfusionRate!.Value, 0.0, 1 - tfIdf.PrecisionAt5);
    }
}
