using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Search.Cli.Options;
using Search.Cli.Progress;
using Search.Synthetic;

namespace Search.Cli.Commands;

/// <summary><c>generate --out PATH [--count N] [--seed S]</c>: writes a synthetic corpus, streaming, with progress on stderr.</summary>
internal sealed class GenerateCommand : Command
{
    /// <summary>Redirected output gets a progress line every this many articles.</summary>
    internal const int PlainLineEvery = 100_000;

    /// <summary>The bar is updated every this many articles, not on each one.</summary>
    private const int ReportEvery = 1_000;

    public GenerateCommand(CliConsole console)
        : base("generate", "Write N synthetic news articles (seeded, reproducible) to a JSON Lines corpus.")
    {
        Options.Add(Out);
        Options.Add(Count);
        Options.Add(Seed);
        SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            console,
            token => Run(console, parse.GetRequiredValue(Out), parse.GetValue(Count), parse.GetValue(Seed), token),
            cancellationToken));
    }

    public Option<string> Out { get; } = new("--out")
    {
        Description = "Corpus file to write: .jsonl, or .jsonl.gz to gzip it; missing folders are created.",
        HelpName = "PATH",
        Required = true,
    };

    public Option<int> Count { get; } = NumberOptions.WholeNumber("--count", "Articles to write (underscores allowed: 1_000_000).", 1000, min: 0);

    public Option<int> Seed { get; } = NumberOptions.WholeNumber("--seed", "Random seed; the same seed and count write the same corpus.", 42);

    private static int Run(CliConsole console, string output, int count, int seed, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(output);
        if (Path.GetDirectoryName(path) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var clock = Stopwatch.StartNew();
        var generator = new NewsroomGenerator(seed);
        var written = ProgressDisplay.Run(console, progress =>
        {
            var step = progress.Start(Invariant($"generate {count:N0} articles"), count, n =>
                n % PlainLineEvery == 0 ? Invariant($"generated {n:N0} articles ({n / clock.Elapsed.TotalSeconds:N0}/s)") : null);
            var total = CorpusFileWriter.Write(generator.Generate(count), path, n =>
            {
                // Checked on every article, so Ctrl+C stops within one and the file is closed whole.
                cancellationToken.ThrowIfCancellationRequested();
                if (n % ReportEvery == 0)
                {
                    step.Report(n);
                }
            });
            step.Complete();
            return total;
        });

        var elapsed = clock.Elapsed;
        var bytes = new FileInfo(path).Length;
        console.Error.WriteLine(Invariant(
            $"wrote {written:N0} articles, {bytes:N0} bytes to {path} in {elapsed.TotalSeconds:N1}s ({written / Math.Max(elapsed.TotalSeconds, 1e-9):N0} articles/s)"));
        return ExitCodes.Success;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
