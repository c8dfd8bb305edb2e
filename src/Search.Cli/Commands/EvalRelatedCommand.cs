using System.CommandLine;
using System.Globalization;
using Search.Cli.Options;
using Search.Cli.Progress;
using Search.Evaluation.Related;

namespace Search.Cli.Commands;

/// <summary>
/// <c>eval-related [--data DIR] [--dataset wikiref|reuters|bbc|all] [--sample N] [--seed S]</c>: same-label
/// precision@5 of "More from" against plain Lucene MoreLikeThis on the same index, with the time per call.
/// </summary>
internal sealed class EvalRelatedCommand : Command
{
    private const string AllDatasets = "all";

    public EvalRelatedCommand(CliConsole console)
        : base("eval-related", "Precision@5 and latency of related stories vs Lucene MoreLikeThis on the labeled news sets.")
    {
        Dataset.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, [.. RelatedDataset.All.Select(d => d.Name), AllDatasets]);
        Options.Add(Data);
        Options.Add(Dataset);
        Options.Add(Sample);
        Options.Add(Seed);
        SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            console,
            token => Run(console, parse.GetRequiredValue(Data), parse.GetRequiredValue(Dataset), parse.GetValue(Sample), parse.GetValue(Seed), token),
            cancellationToken));
    }

    public Option<string> Data { get; } = new("--data")
    {
        Description = "Folder holding wikiref220.jsonl.gz, reuters-21578.jsonl.gz and bbc-news.jsonl.gz.",
        HelpName = "DIR",
        DefaultValueFactory = _ => Path.Combine("..", "shared", "data"),
    };

    public Option<string> Dataset { get; } = new("--dataset")
    {
        Description = "Labeled set to measure, or all of them in turn.",
        DefaultValueFactory = _ => AllDatasets,
    };

    public Option<int?> Sample { get; } = NumberOptions.OptionalWholeNumber(
        "--sample", "Query articles per set, sampled with --seed; 0 = every eligible article. [default: reuters 1000, the others every article]", min: 0);

    public Option<int> Seed { get; } = NumberOptions.WholeNumber("--seed", "Seed of the query sample.", 42);

    private static int Run(CliConsole console, string dataOption, string name, int? sample, int seed, CancellationToken cancellationToken)
    {
        var data = Path.GetFullPath(dataOption);
        if (!Directory.Exists(data))
        {
            console.Error.WriteLine($"Data folder '{data}' not found.");
            return ExitCodes.Usage;
        }

        // The option accepts only these names, so Find cannot miss.
        IReadOnlyList<RelatedDataset> datasets = name.Equals(AllDatasets, StringComparison.OrdinalIgnoreCase) ? RelatedDataset.All : [RelatedDataset.Find(name)!];
        List<RelatedEvaluationResult> results;
        try
        {
            results = ProgressDisplay.Run(console, progress =>
            {
                var evaluator = new RelatedEvaluator(logger: new ProgressLogger(progress));
                var done = progress.Start("datasets", datasets.Count);
                var measured = new List<RelatedEvaluationResult>();
                foreach (var dataset in datasets)
                {
                    measured.Add(progress.Stage($"{dataset.Name}: index, then query ours and MoreLikeThis", () =>
                        evaluator.Evaluate(dataset, data, sample, seed, cancellationToken)));
                    done.Report(measured.Count);
                }

                done.Complete();
                return measured;
            });
        }
        catch (FileNotFoundException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Failure;
        }

        console.Out.WriteLine(Invariant($"{"dataset",-8} {"indexed",8} {"queries",8} {"ours P@5",9} {"MLT P@5",8} {"ours p50/p99/mean ms",22} {"MLT p50/p99/mean ms",22}"));
        foreach (var r in results)
        {
            console.Out.WriteLine(Invariant(
                $"{r.Dataset,-8} {r.Indexed,8:N0} {r.Queries,8:N0} {r.OursPrecision,9:F3} {r.BaselinePrecision,8:F3} {Latency(r.OursLatency),22} {Latency(r.BaselineLatency),22}"));
        }

        console.Out.WriteLine("P@5 = hits among the top 5 divided by 5, even when fewer than 5 come back; " +
            Invariant($"mean list length ours/MLT: {string.Join(", ", results.Select(r => Invariant($"{r.Dataset} {r.OursMeanResults:F2}/{r.BaselineMeanResults:F2}")))}."));
        return ExitCodes.Success;
    }

    private static string Latency(RelatedLatency l) => Invariant($"{l.P50Ms:F2}/{l.P99Ms:F2}/{l.MeanMs:F2}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
