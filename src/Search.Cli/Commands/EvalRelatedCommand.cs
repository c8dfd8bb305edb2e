using System.CommandLine;
using System.Globalization;
using Search.Cli.Options;
using Search.Cli.Progress;
using Search.Core.Semantics;
using Search.Evaluation.Related;

namespace Search.Cli.Commands;

/// <summary>
/// <c>eval-related [--data DIR] [--dataset NAME|all] [--sample N] [--seed S] [--json FILE]</c>: one evaluation of
/// "More from" on every labeled set. Each set is indexed once; the baselines (TF-IDF cosine, MoreLikeThis, our
/// BM25 candidates alone), ours and its one-signal ablations run on that index for the same queries. Prints
/// precision@5 per set and system with the ceiling, the ECB+ confusion rates and our latency.
/// </summary>
internal sealed class EvalRelatedCommand : Command
{
    private const string AllDatasets = "all";

    public EvalRelatedCommand(CliConsole console)
        : base("eval-related", "Precision@5 and latency of related stories vs TF-IDF, MoreLikeThis and ablations on the labeled sets.")
    {
        Dataset.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, [.. RelatedDataset.All.Select(d => d.Name), AllDatasets]);
        Options.Add(Data);
        Options.Add(Dataset);
        Options.Add(Sample);
        Options.Add(Seed);
        Options.Add(Json);
        Options.Add(NoSemantic);
        Options.Add(EmbeddingCache);
        SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            console,
            token => Run(
                console, parse.GetRequiredValue(Data), parse.GetRequiredValue(Dataset), parse.GetValue(Sample), parse.GetValue(Seed), parse.GetValue(Json),
                SemanticOption.Embedder(parse.GetValue(NoSemantic), parse.GetRequiredValue(EmbeddingCache)), token),
            cancellationToken));
    }

    public Option<string> Data { get; } = new("--data")
    {
        Description = "Folder holding the labeled sets: " + string.Join(", ", RelatedDataset.All.Where(d => d.ReadsDataFolder).Select(d => d.Source)) + ".",
        HelpName = "DIR",
        DefaultValueFactory = _ => Path.Combine("..", "shared", "data"),
    };

    public Option<string> Dataset { get; } = new("--dataset")
    {
        Description = "Set to measure, or all of them in turn (threads: " + RelatedDataset.Threads.Source + ").",
        DefaultValueFactory = _ => AllDatasets,
    };

    public Option<int?> Sample { get; } = NumberOptions.OptionalWholeNumber(
        "--sample", "Query articles per set, sampled with --seed; 0 = every eligible article. [default: reuters and threads 1000, the others every article]", min: 0);

    public Option<int> Seed { get; } = NumberOptions.WholeNumber("--seed", "Seed of the query sample.", 42);

    public Option<string?> Json { get; } = new("--json")
    {
        Description = "Also write every number, with each query's ranked ids and judgement, to this JSON file.",
        HelpName = "FILE",
    };

    public Option<bool> NoSemantic { get; } = SemanticOption.NoSemantic();

    public Option<string> EmbeddingCache { get; } = SemanticOption.Cache();

    private static int Run(CliConsole console, string dataOption, string name, int? sample, int seed, string? json, ArticleEmbedder? embedder, CancellationToken cancellationToken)
    {
        // The option accepts only these names, so Find cannot miss.
        IReadOnlyList<RelatedDataset> datasets = name.Equals(AllDatasets, StringComparison.OrdinalIgnoreCase) ? RelatedDataset.All : [RelatedDataset.Find(name)!];
        var data = Path.GetFullPath(dataOption);
        if (datasets.Any(d => d.ReadsDataFolder) && !Directory.Exists(data))
        {
            console.Error.WriteLine($"Data folder '{data}' not found.");
            return ExitCodes.Usage;
        }

        List<RelatedEvaluationResult> results;
        try
        {
            results = ProgressDisplay.Run(console, progress => Evaluate(progress, datasets, data, sample, seed, embedder, cancellationToken));
        }
        catch (FileNotFoundException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Failure;
        }

        RelatedResultsTable.Write(console.Out, results, RelatedSystem.All, RelatedSystem.Blend);
        if (json is not null)
        {
            using var file = File.Create(json);
            RelatedResultsJson.Write(file, results, sample, seed);
        }

        return ExitCodes.Success;
    }

    private static List<RelatedEvaluationResult> Evaluate(
        ProgressReporter progress, IReadOnlyList<RelatedDataset> datasets, string data, int? sample, int seed, ArticleEmbedder? embedder, CancellationToken cancellationToken)
    {
        var logger = new ProgressLogger(progress);
        var systems = RelatedSystem.All;
        var done = progress.Start("datasets", datasets.Count);
        var measured = new List<RelatedEvaluationResult>();
        foreach (var dataset in datasets)
        {
            using var bench = progress.Stage($"{dataset.Name}: read and index", () => RelatedBench.Build(dataset, data, sample, seed, logger, embedder));
            var scored = systems
                .Select(system => progress.Stage($"{dataset.Name}: {system.Label}", () => bench.Score(bench.Run(system, cancel: cancellationToken))))
                .ToArray();
            measured.Add(bench.Summarize(scored));
            done.Report(measured.Count);
        }

        done.Complete();
        return measured;
    }
}
