using System.Globalization;
using Microsoft.Extensions.Logging;
using Search.Evaluation;

namespace Search.Cli.Commands;

/// <summary>
/// <c>eval-related --data DIR [--dataset wikiref|reuters|bbc|all] [--sample N] [--seed S]</c>: same-label
/// precision@5 of "More from" against plain Lucene MoreLikeThis on the same index, with the time per call.
/// </summary>
internal sealed class EvalRelatedCommand : ICliCommand
{
    public string Name => "eval-related";

    public string Usage => "[--data DIR (../shared/data)] [--dataset wikiref|reuters|bbc|all (all)] [--sample N (reuters 1000, others all)] [--seed S (42)]";

    public string Summary => "Precision@5 and latency of related stories vs Lucene MoreLikeThis on the labeled news sets.";

    public Task<int> RunAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        arguments.EnsureOnly("data", "dataset", "sample", "seed");
        var data = Path.GetFullPath(arguments.GetString("data") ?? Path.Combine("..", "shared", "data"));
        if (!Directory.Exists(data))
        {
            throw new CommandLineException($"Data folder '{data}' not found.");
        }

        var name = arguments.GetString("dataset") ?? "all";
        var datasets = name.Equals("all", StringComparison.OrdinalIgnoreCase)
            ? RelatedDataset.All
            : [RelatedDataset.Find(name) ?? throw new CommandLineException($"Unknown dataset '{name}'; expected wikiref, reuters, bbc or all.")];
        int? sample = arguments.GetString("sample") is null ? null : arguments.GetInt("sample", 0, min: 0);
        var seed = arguments.GetInt("seed", 42);

        var evaluator = new RelatedEvaluator(logger: new StderrLogger());
        var results = new List<RelatedEvaluationResult>();
        foreach (var dataset in datasets)
        {
            results.Add(evaluator.Evaluate(dataset, data, sample, seed, cancellationToken));
        }

        Console.WriteLine(Invariant($"{"dataset",-8} {"indexed",8} {"queries",8} {"ours P@5",9} {"MLT P@5",8} {"ours p50/p99/mean ms",22} {"MLT p50/p99/mean ms",22}"));
        foreach (var r in results)
        {
            Console.WriteLine(Invariant(
                $"{r.Dataset,-8} {r.Indexed,8:N0} {r.Queries,8:N0} {r.OursPrecision,9:F3} {r.BaselinePrecision,8:F3} {Latency(r.OursLatency),22} {Latency(r.BaselineLatency),22}"));
        }

        Console.WriteLine("P@5 = hits among the top 5 divided by 5, even when fewer than 5 come back; " +
            Invariant($"mean list length ours/MLT: {string.Join(", ", results.Select(r => Invariant($"{r.Dataset} {r.OursMeanResults:F2}/{r.BaselineMeanResults:F2}")))}."));
        return Task.FromResult(0);
    }

    private static string Latency(RelatedLatency l) => Invariant($"{l.P50Ms:F2}/{l.P99Ms:F2}/{l.MeanMs:F2}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Progress on stderr, so the table on stdout stays clean to pipe.</summary>
    private sealed class StderrLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Console.Error.WriteLine(formatter(state, exception));
    }
}
