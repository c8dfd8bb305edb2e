using Search.Core.Related;
using Search.Evaluation.Fitting;
using Search.Evaluation.Related;

namespace Search.Evaluation.Tests.Related;

/// <summary>A bench over 400 synthetic articles, built once for the class: one index, any system or options, judged the same way.</summary>
public sealed class RelatedBenchTests(RelatedBenchTests.ThreadsBench fixture) : IClassFixture<RelatedBenchTests.ThreadsBench>
{
    private static readonly RelatedDataset Threads = RelatedDataset.Generated("threads-400", "seed 42, 400 articles", () => SyntheticThreads.Generate(400, 42));

    private readonly RelatedBench _bench = fixture.Bench;

    [Fact]
    public void Queries_are_a_seeded_sample_of_the_articles_with_a_thread_mate()
    {
        Assert.Equal(400, _bench.Articles.Count);
        Assert.Equal(50, _bench.Queries.Count);
        Assert.All(_bench.Queries, q => Assert.False(q.IsDistractor));
        var again = RelatedBench.SampleQueries(Threads.Load("unused").Where(Threads.IsQuery).Reverse(), 50, 7);
        Assert.Equal(_bench.Queries.Select(q => q.Article.Id), again.Select(q => q.Article.Id)); // the same whatever the order read
    }

    [Fact]
    public void A_parallel_trial_of_the_shipped_options_ranks_as_the_timed_run_of_ours_does()
    {
        var timed = _bench.Run(RelatedSystem.Blend);
        var trial = _bench.Run(RelatedOptions.Default);

        Assert.False(timed.Parallel);
        Assert.True(trial.Parallel);
        Assert.Equal(_bench.Queries.Select(q => q.Article.Id), trial.Queries.Select(q => q.QueryId));
        Assert.Equal(timed.Queries.Select(q => q.Ranked), trial.Queries.Select(q => q.Ranked));
        Assert.Equal(_bench.Score(timed).Score.PrecisionAt5, _bench.Score(trial).Score.PrecisionAt5);
    }

    [Fact]
    public void Every_system_answers_the_same_queries_and_scores_at_most_the_ceiling()
    {
        var result = _bench.Evaluate(RelatedSystem.All);

        Assert.Equal(RelatedSystem.All.Select(s => s.Key), result.Systems.Select(s => s.System.Key));
        Assert.InRange(result.Ceiling, 0.2, 1.0);
        Assert.False(result.HasTopics);
        foreach (var system in result.Systems)
        {
            Assert.Equal(_bench.Queries.Select(q => q.Article.Id), system.Run.Queries.Select(q => q.QueryId));
            Assert.InRange(system.Score.PrecisionAt5, 0, result.Ceiling);
            Assert.Null(system.Score.ConfusionRate);
            Assert.All(system.Run.Queries, q => Assert.DoesNotContain(q.QueryId, q.Ranked));
        }

        // Thread-mates share names and vocabulary: the text baselines and ours must find most of them.
        Assert.True(result["ours"]!.Score.MatesFound > 0.8, $"ours found {result["ours"]!.Score.MatesFound:F3} of the mates");
        Assert.True(result["tfidf"]!.Score.MatesFound > 0.8, $"TF-IDF found {result["tfidf"]!.Score.MatesFound:F3} of the mates");
    }

    [Fact]
    public void The_fitter_material_scores_the_shipped_blend_as_the_finder_does()
    {
        var material = _bench.FitQueries();
        var served = _bench.Score(_bench.Run(RelatedOptions.Default)).Score.PrecisionAt5;

        Assert.Equal(_bench.Queries.Select(q => q.Article.Id), material.Select(q => q.Id));
        Assert.All(material, q => Assert.Equal("threads-400", q.Dataset));
        Assert.All(material, q => Assert.StartsWith("thread:", q.Group, StringComparison.Ordinal));
        Assert.Equal(served, material.Average(q => BlendFitter.Precision(q, RelatedOptions.Default)), 12);
    }

    [Fact]
    public void Judging_a_list_counts_hits_against_the_query_thread()
    {
        var query = _bench.Queries[0];
        var mates = _bench.Articles.Where(a => a != query && a.Labels.SetEquals(query.Labels)).Select(a => a.Article.Id).ToArray();
        var stranger = _bench.Articles.First(a => !a.Labels.Overlaps(query.Labels)).Article.Id;

        var judged = _bench.Judge(new RelatedQueryResult(query.Article.Id, [stranger, mates[0]], 1.0));

        Assert.Equal(new RelatedJudgement(query.Article.Id, Hits: 1, Confusions: 0, Mates: mates.Length, Results: 2), judged);
        Assert.Throws<ArgumentException>(() => _bench.Judge(new RelatedQueryResult("no-such-query", [], 0)));
    }

    public sealed class ThreadsBench : IDisposable
    {
        public RelatedBench Bench { get; } = RelatedBench.Build(Threads, dataFolder: "unused", sample: 50, seed: 7);

        public void Dispose() => Bench.Dispose();
    }
}
