using Search.Core.Tests.Support;
using Search.Evaluation.Related;

namespace Search.Evaluation.Tests.Related;

/// <summary>
/// "More from" against plain Lucene MoreLikeThis on the labeled sets beside the checkout (same index,
/// same-label precision@5). Reuters is the CLI's job: it takes longer than a unit test should.
/// </summary>
public sealed class RelatedEvaluationTests
{
    private const string NoData = "../shared/data not found: evaluation data is only beside the checkout in CI";

    [SkippableFact]
    public void Related_is_at_least_as_good_as_MoreLikeThis_on_WikiRef_main_topics()
    {
        Skip.IfNot(Directory.Exists(TestPaths.SharedData), NoData);

        var result = new RelatedEvaluator().Evaluate(RelatedDataset.WikiRef, TestPaths.SharedData);

        Assert.Equal(185, result.Queries);
        Assert.True(result.OursPrecision >= result.BaselinePrecision, $"ours {result.OursPrecision:F3} < MoreLikeThis {result.BaselinePrecision:F3}");
    }

    [SkippableFact]
    public void Related_beats_MoreLikeThis_on_BBC_sections_without_counting_duplicates()
    {
        Skip.IfNot(Directory.Exists(TestPaths.SharedData), NoData);

        var result = new RelatedEvaluator().Evaluate(RelatedDataset.Bbc, TestPaths.SharedData, sample: 1_000, seed: 42);

        Assert.Equal(1_000, result.Queries);
        Assert.True(result.OursPrecision > result.BaselinePrecision, $"ours {result.OursPrecision:F3} <= MoreLikeThis {result.BaselinePrecision:F3}");
    }
}
