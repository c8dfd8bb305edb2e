using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Benchmarks.Corpus;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Benchmarks.Peers;

/// <summary>
/// The .NET side of the peer benchmark (<c>benchmarks/peers/run.sh</c>): the same corpus file and query file as
/// the Java Lucene 8.8 harness beside it, with the same output line, for raw Lucene.Net and for our engine.
/// <code>
/// peers index  --engine raw|ours --corpus F.jsonl[.gz] --index DIR
/// peers search --engine raw|ours|ours-bare|ours-facets|ours-snippets --index DIR --queries F [--repeat K] [--exact-up-to N] [--slices N]
/// </code>
/// <c>--exact-up-to</c> sets ours' <c>Search:Counting:ExactUpTo</c> (default as shipped, 10,000; 0 counts every match).
/// <c>--slices</c> sets ours' <c>Search:Slicing:Slices</c>: 1 by default, so a query runs on the measuring thread alone as
/// the peers' do (the service as shipped hands slices of a large index to spare cores: 0).
/// </summary>
public static class PeerRunner
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("index" or "search"))
        {
            return Usage();
        }

        var options = ParseOptions(args[1..]);
        if (options is null || !options.TryGetValue("engine", out var engine) || !options.ContainsKey("index"))
        {
            return Usage();
        }

        Console.WriteLine($"engine: {engine} | .NET {Environment.Version} | cores={Environment.ProcessorCount}");
        if (args[0] == "index")
        {
            if (!options.TryGetValue("corpus", out var corpus))
            {
                return Usage();
            }

            return engine switch
            {
                "raw" => Timed(() => RawPeer.Index(corpus, options["index"])),
                "ours" => Timed(() => IndexOurs(corpus, options["index"])),
                _ => Usage(),
            };
        }

        if (!options.TryGetValue("queries", out var queryFile))
        {
            return Usage();
        }

        var queries = File.ReadAllLines(queryFile).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        var repeat = int.Parse(options.GetValueOrDefault("repeat", "20"), CultureInfo.InvariantCulture);
        switch (engine)
        {
            case "raw":
                using (var raw = new RawPeer(options["index"]))
                {
                    PeerTiming.Measure(engine, queries, repeat, raw.Search);
                }

                return 0;
            case "ours" or "ours-bare" or "ours-facets" or "ours-snippets":
                var exactUpTo = int.Parse(options.GetValueOrDefault("exact-up-to", $"{Search.Core.Searching.CountingOptions.DefaultExactUpTo}"), CultureInfo.InvariantCulture);
                var slices = int.Parse(options.GetValueOrDefault("slices", "1"), CultureInfo.InvariantCulture);
                using (var ours = new OurPeer(options["index"], facets: engine is "ours" or "ours-facets", snippets: engine is "ours" or "ours-snippets", exactUpTo, slices))
                {
                    PeerTiming.Measure(engine, queries, repeat, ours.Search);
                }

                return 0;
            default:
                return Usage();
        }
    }

    /// <summary>Our index as the service builds it (entities on, all cores), without sentence embeddings, which search does not read.</summary>
    private static int IndexOurs(string corpus, string indexPath)
    {
        using var store = new IndexStore(
            Microsoft.Extensions.Options.Options.Create(new IndexingOptions { IndexPath = Path.GetFullPath(indexPath) }),
            new ArticleDocumentBuilder(EntityExtractor.Default.Extract),
            new ConsoleLogger<IndexStore>());
        var report = new CorpusReport();
        var info = store.Rebuild(new CorpusReader(NullLogger.Instance).Read(corpus, report), "peers", report);
        Console.WriteLine($"indexed {info.Articles} docs");
        return 0;
    }

    private static int Timed(Func<int> index)
    {
        var clock = Stopwatch.StartNew();
        var code = index();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  index time {clock.Elapsed.TotalSeconds:F2} s"));
        return code;
    }

    private static Dictionary<string, string>? ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            options[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }

        return options;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: peers index --engine raw|ours --corpus F --index D | peers search --engine raw|ours|ours-bare|ours-facets|ours-snippets --index D --queries F [--repeat K] [--exact-up-to N] [--slices N]");
        return 2;
    }
}
