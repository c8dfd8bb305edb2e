using System.Globalization;
using System.Runtime;
using Search.Benchmarks.Corpus;
using Search.Benchmarks.Related;
using Search.Benchmarks.Searching;

namespace Search.Benchmarks.Percentiles;

/// <summary>
/// <c>percentiles --size N [--searches 1000] [--related 1000] [--drafts 200]</c>: tail latencies, which BenchmarkDotNet's
/// means hide. One untimed warm-up pass, then the search mix round-robin and the related sample in
/// turn, ours and raw alternating query by query so both see the same machine load.
/// </summary>
internal static class PercentileRunner
{
    public static int Run(string[] args)
    {
        var size = Option(args, "--size", 100_000);
        var searches = Option(args, "--searches", 1_000);
        var related = Option(args, "--related", RelatedSample.Count);
        Console.WriteLine($"percentiles: size={size:N0} searches={searches:N0} related={related:N0} cores={Environment.ProcessorCount} serverGC={GCSettings.IsServerGC} raw directory={BenchSettings.RawDirectory} {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");

        using var index = CorpusCache.OpenIndex(size);
        var ours = new OurSearch(index);
        var raw = new RawSearch(index);
        var ids = RelatedSample.Ids(size);
        var ourRelated = new OurRelated(index, ids);
        var rawRelated = new MoreLikeThisRunner(index, ids);

        long sink = 0;
        foreach (var query in QueryMix.All)
        {
            sink += ours.Run(query) + raw.Run(query);
        }

        for (var i = 0; i < Math.Min(100, ids.Length); i++)
        {
            sink += ourRelated.Next() + rawRelated.Next();
        }

        var gcBefore = GC.GetTotalPauseDuration();
        var search = new LatencyTable();
        for (var i = 0; i < searches; i++)
        {
            var query = QueryMix.All[i % QueryMix.All.Count];
            sink += search.Time("ours " + query.Class, () => ours.Run(query));
            sink += search.Time("raw " + query.Class, () => raw.Run(query));
        }

        var mix = new LatencyTable();
        for (var i = 0; i < searches; i++)
        {
            var query = QueryMix.All[i % QueryMix.All.Count];
            sink += mix.Time("ours mix", () => ours.Run(query));
            sink += mix.Time("raw mix", () => raw.Run(query));
        }

        var relatedTable = new LatencyTable();
        for (var i = 0; i < related; i++)
        {
            sink += relatedTable.Time("ours related", ourRelated.Next);
            sink += relatedTable.Time("raw MoreLikeThis", rawRelated.Next);
        }

        // Drafts thin in words draw candidates by meaning too: a scan of stored vectors, only where the index holds them.
        var drafts = Option(args, "--drafts", 200);
        var draftTable = new LatencyTable();
        if (CorpusCache.Embedder() is { } embedder && drafts > 0)
        {
            var thin = new ThinDrafts(index, ids, embedder);
            for (var i = 0; i < Math.Min(20, drafts); i++)
            {
                sink += thin.Next();
            }

            for (var i = 0; i < drafts; i++)
            {
                sink += draftTable.Time("ours related, thin draft", thin.Next);
            }
        }

        mix.Print($"search mix, {size:N0} articles");
        search.Print("search by class");
        relatedTable.Print($"related, {size:N0} articles, embeddings {BenchSettings.Embeddings}");
        if (drafts > 0 && BenchSettings.Embeddings != "none")
        {
            draftTable.Print($"related for thin drafts (headline and first sentence), {size:N0} articles");
        }

        Console.WriteLine();
        Console.WriteLine($"GC pause during the timed passes: {(GC.GetTotalPauseDuration() - gcBefore).TotalMilliseconds:F0} ms; gen0/1/2 = {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; checksum {sink}");
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1].Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;
    }
}
