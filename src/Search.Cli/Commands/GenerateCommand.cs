using System.Diagnostics;
using System.Globalization;
using Search.Synthetic;

namespace Search.Cli.Commands;

/// <summary><c>generate --count N --seed S --out PATH</c>: writes a synthetic corpus, streaming, with progress on stderr.</summary>
internal sealed class GenerateCommand : ICliCommand
{
    private const int ProgressEvery = 100_000;

    public string Name => "generate";

    public string Usage => "--out PATH(.jsonl|.jsonl.gz) [--count N (1000)] [--seed S (42)]";

    public string Summary => "Write N synthetic news articles (seeded, reproducible) to a JSON Lines corpus.";

    public Task<int> RunAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        arguments.EnsureOnly("count", "seed", "out");
        var count = arguments.GetInt("count", 1000, min: 0);
        var seed = arguments.GetInt("seed", 42);
        var path = Path.GetFullPath(arguments.RequireString("out"));
        if (Path.GetDirectoryName(path) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var clock = Stopwatch.StartNew();
        var generator = new NewsroomGenerator(seed);
        var written = CorpusFileWriter.Write(generator.Generate(count), path, n =>
        {
            if (n % ProgressEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Console.Error.WriteLine(Invariant($"generated {n:N0} articles ({n / clock.Elapsed.TotalSeconds:N0}/s)"));
            }
        });

        var elapsed = clock.Elapsed;
        var bytes = new FileInfo(path).Length;
        Console.Error.WriteLine(Invariant(
            $"wrote {written:N0} articles, {bytes:N0} bytes to {path} in {elapsed.TotalSeconds:N1}s ({written / Math.Max(elapsed.TotalSeconds, 1e-9):N0} articles/s)"));
        return Task.FromResult(0);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
