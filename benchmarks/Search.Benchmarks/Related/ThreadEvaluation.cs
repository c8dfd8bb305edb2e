using System.Diagnostics;
using System.Globalization;
using Search.Benchmarks.Corpus;
using Search.Core.Related;
using Search.Evaluation.Related;
using Search.Synthetic;

namespace Search.Benchmarks.Related;

/// <summary>
/// <c>threads --size N</c>: how often "More from" finds the other articles of the same story at a size no
/// labeled set reaches (<c>eval-related --dataset threads</c> measures 10,000 articles). The synthetic newsroom
/// writes follow-up coverage in threads (one story: the same people, places and vocabulary, days apart); an
/// article's thread-mates are the ground truth (<see cref="SyntheticThreads"/>). For the
/// 1,000 sample articles whose thread has another article: the share whose top 5 holds at least one
/// thread-mate, and the mean share of thread-mates found (out of at most 5). Ours as shipped, ours with
/// no document-frequency cap on candidate terms (the cap only bites above 100,000 articles), and
/// MoreLikeThis, on the same index.
/// </summary>
internal static class ThreadEvaluation
{
    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--size");
        var size = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1].Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : 100_000;
        using var index = CorpusCache.OpenIndex(size);

        var clock = Stopwatch.StartNew();
        var roots = SyntheticThreads.Roots(new NewsroomGenerator(BenchSettings.Seed), size);
        var threadSizes = roots.CountBy(root => root).ToDictionary(kv => kv.Key, kv => kv.Value);

        var sample = RelatedSample.Ids(size).Where(id => threadSizes[roots[IndexOf(id)]] > 1).ToArray();
        Console.WriteLine($"threads: size={size:N0}, {threadSizes.Count:N0} threads, {threadSizes.Values.Count(n => n > 1):N0} with follow-ups; " +
            $"{sample.Length} of the {RelatedSample.Ids(size).Length} sample articles have a thread-mate ({clock.Elapsed.TotalSeconds:F1} s)");

        var shipped = new RelatedFinder(index.Store, cacheEntries: 0);
        var uncapped = new RelatedFinder(index.Store, new RelatedOptions { MaxCandidateDocFreq = int.MaxValue }, cacheEntries: 0);
        var mlt = new MoreLikeThisRunner(index, sample);
        var variants = new (string Name, Func<string, IReadOnlyList<string>> Find)[]
        {
            ("ours (as shipped)", id => shipped.ForArticle(id, 5)!.Select(i => i.Id).ToArray()),
            ("ours, no candidate df cap", id => uncapped.ForArticle(id, 5)!.Select(i => i.Id).ToArray()),
            ("MoreLikeThis", mlt.Similar),
        };

        Console.WriteLine();
        Console.WriteLine($"| related, {size:N0} articles | articles | top 5 holds a thread-mate | thread-mates found (of at most 5) | mean ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, find) in variants)
        {
            clock.Restart();
            var judged = sample.Select(id => Judge(id, find(id))).ToArray();
            var elapsed = clock.Elapsed;
            Console.WriteLine($"| {name} | {sample.Length} | {RelatedMetrics.SuccessAt5(judged):F3} | {RelatedMetrics.MatesFound(judged):F3} | {elapsed.TotalMilliseconds / sample.Length:F1} |");
        }

        return 0;

        // The evaluations' judgement and metrics, with the thread-mates counted from the roots rather than from labeled articles held in memory.
        RelatedJudgement Judge(string id, IReadOnlyList<string> ranked)
        {
            var root = roots[IndexOf(id)];
            var hits = ranked.Take(RelatedMetrics.ListLength).Count(other => roots[IndexOf(other)] == root);
            return new RelatedJudgement(id, hits, Confusions: 0, Mates: threadSizes[root] - 1, ranked.Count);
        }
    }

    /// <summary><see cref="NewsroomGenerator.IdFor"/> backwards: <c>syn-0000001</c> is index 0.</summary>
    private static int IndexOf(string id) => int.Parse(id.AsSpan(4), CultureInfo.InvariantCulture) - 1;
}
