using System.Diagnostics;
using System.Globalization;
using Search.Benchmarks.Corpus;
using Search.Core.Related;
using Search.Synthetic;

namespace Search.Benchmarks.Related;

/// <summary>
/// <c>threads --size N</c>: how often "More from" finds the other articles of the same story at a size no
/// labeled set reaches. The synthetic newsroom writes follow-up coverage in threads (one story: the same
/// people, places and vocabulary, days apart); an article's thread-mates are the ground truth. For the
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
        var generator = new NewsroomGenerator(BenchSettings.Seed);
        var roots = new long[size];
        var threadSizes = new Dictionary<long, int>();
        for (var i = 0; i < size; i++)
        {
            roots[i] = generator.ThreadRoot(i);
            threadSizes[roots[i]] = threadSizes.GetValueOrDefault(roots[i]) + 1;
        }

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
            var hits = 0;
            var found = 0.0;
            clock.Restart();
            foreach (var id in sample)
            {
                var root = roots[IndexOf(id)];
                var mates = find(id).Count(other => roots[IndexOf(other)] == root);
                hits += mates > 0 ? 1 : 0;
                found += (double)mates / Math.Min(5, threadSizes[root] - 1);
            }

            Console.WriteLine($"| {name} | {sample.Length} | {(double)hits / sample.Length:F3} | {found / sample.Length:F3} | {clock.Elapsed.TotalMilliseconds / sample.Length:F1} |");
        }

        return 0;
    }

    /// <summary><see cref="NewsroomGenerator.IdFor"/> backwards: <c>syn-0000001</c> is index 0.</summary>
    private static int IndexOf(string id) => int.Parse(id.AsSpan(4), CultureInfo.InvariantCulture) - 1;
}
