using BenchmarkDotNet.Running;
using Search.Benchmarks.Corpus;
using Search.Benchmarks.Peers;
using Search.Benchmarks.Percentiles;
using Search.Benchmarks.Related;

// Table of contents: "prepare" builds the cached corpora and indexes, "percentiles" measures tail
// latency, "threads" scores related lists against the synthetic story threads, "peers" is the .NET side of
// benchmarks/peers/run.sh (raw Lucene.Net and ours against Java Lucene), anything else goes to BenchmarkDotNet
// (see benchmarks/README.md for the commands).
return args.FirstOrDefault() switch
{
    "prepare" => Prepare(),
    "percentiles" => PercentileRunner.Run(args[1..]),
    "threads" => ThreadEvaluation.Run(args[1..]),
    "peers" => PeerRunner.Run(args[1..]),
    _ => RunBenchmarks(args),
};

static int Prepare()
{
    foreach (var size in BenchSettings.Sizes())
    {
        using var index = CorpusCache.OpenIndex(size);
        Console.WriteLine($"ready: {size:N0} articles ({index.RawReader.NumDocs:N0} documents, {index.RawReader.Leaves.Count} segments) under {BenchSettings.CacheRoot}");
    }

    return 0;
}

static int RunBenchmarks(string[] args)
{
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
    // BenchmarkDotNet exits 0 even when a benchmark throws; an NA row must fail the run.
    var failed = summaries.SelectMany(s => s.Reports).Where(r => !r.Success || r.ResultStatistics is null).ToArray();
    foreach (var report in failed)
    {
        Console.Error.WriteLine($"FAILED (NA): {report.BenchmarkCase.DisplayInfo}");
    }

    return failed.Length > 0 || summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
}
