using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Tests.Support;
using Xunit.Abstractions;

namespace Search.Core.Tests.Entities;

/// <summary>
/// The extractor's typing measured on <c>LabelledMentions.tsv</c> (rules and figures in <c>LabelledMentions.md</c>).
/// The floors are the latest recorded figures less a small margin, so a change that loses typing fails here.
/// </summary>
public sealed class EntityTypingEvaluationTests(ITestOutputHelper output)
{
    private const string NoData = "../shared/data not found: the labelled articles are read from the evaluation data beside the checkout";

    private static readonly IReadOnlyList<LabelledMention> Gold =
        LabelledMention.Load(Path.Combine(TestPaths.RepositoryRoot, "tests", "Search.Core.Tests", "Entities", LabelledMention.FileName));

    [Fact]
    public void The_labelled_set_holds_at_least_300_typed_mentions_from_all_four_corpora()
    {
        Assert.True(Gold.Count(m => m.Kind is not null) >= 300, $"{Gold.Count(m => m.Kind is not null)} typed mentions");
        Assert.Equal(["bbc", "ecbplus", "reuters", "wikiref"], Gold.Select(m => m.Dataset).Distinct().Order());
        Assert.All(Enum.GetValues<EntityKind>(), kind => Assert.True(Gold.Count(m => m.Kind == kind) >= 30, $"{kind}: fewer than 30"));
    }

    [SkippableFact]
    public void Typing_on_the_labelled_mentions_keeps_its_precision_and_recall()
    {
        Skip.IfNot(Directory.Exists(TestPaths.SharedData), NoData);
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var dataset in Gold.GroupBy(m => m.Dataset))
        {
            var ids = dataset.Select(m => m.ArticleId).ToHashSet(StringComparer.Ordinal);
            var found = SharedNewsArticles.Load(TestPaths.SharedData, dataset.Key, ids);
            Assert.True(found.Count == ids.Count, $"{dataset.Key}: missing {string.Join(", ", ids.Except(found.Keys))}");
            foreach (var (id, article) in found)
            {
                articles[id] = article;
            }
        }

        var report = new EntityTypingEvaluation(EntityExtractor.Default).Run(Gold, articles);
        output.WriteLine($"{articles.Count} articles, {Gold.Count} labelled rows; {report.ImpliedOnly} countries returned only as implied (not scored)");
        output.WriteLine(report.Table());
        foreach (var error in report.Errors)
        {
            output.WriteLine(error);
        }

        AssertAtLeast(report, EntityKind.Person, precision: 0.558, recall: 0.872);
        AssertAtLeast(report, EntityKind.Organisation, precision: 0.841, recall: 0.252);
        AssertAtLeast(report, EntityKind.Place, precision: 0.826, recall: 0.308);
        AssertAtLeast(report, EntityKind.Country, precision: 0.871, recall: 0.956);
    }

    private static void AssertAtLeast(EntityTypingReport report, EntityKind kind, double precision, double recall)
    {
        var score = report[kind];
        Assert.True(score.Precision >= precision, $"{kind} precision {score.Precision:0.000} < {precision:0.000}");
        Assert.True(score.Recall >= recall, $"{kind} recall {score.Recall:0.000} < {recall:0.000}");
    }
}
