using System.IO.Compression;
using System.Text.Json;
using Search.Cli.Commands;

namespace Search.Cli.Tests.Commands;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Count_and_seed_default_to_1000_and_42()
    {
        var (parse, command) = Cli.Parse<GenerateCommand>("generate", "--out", "corpus.jsonl");

        Assert.Equal("corpus.jsonl", parse.GetValue(command.Out));
        Assert.Equal(1000, parse.GetValue(command.Count));
        Assert.Equal(42, parse.GetValue(command.Seed));
    }

    [Fact]
    public void Explicit_values_are_read_and_underscores_group_digits()
    {
        var (parse, command) = Cli.Parse<GenerateCommand>("generate", "--count", "1_000_000", "--seed", "-7", "--out", "out/corpus.jsonl.gz");

        Assert.Equal("out/corpus.jsonl.gz", parse.GetValue(command.Out));
        Assert.Equal(1_000_000, parse.GetValue(command.Count));
        Assert.Equal(-7, parse.GetValue(command.Seed));
    }

    [Fact]
    public void A_value_starting_with_an_at_sign_is_a_value_not_a_response_file() =>
        Assert.Equal("@corpus.jsonl", Cli.Parse<GenerateCommand>("generate", "--out", "@corpus.jsonl").Parse.GetValue<string>("--out"));

    [Theory]
    [InlineData(new[] { "generate" }, "Option '--out' is required.")]
    [InlineData(new[] { "generate", "--out", "x.jsonl", "--count", "-1" }, "Option --count needs a whole number of at least 0, not '-1'.")]
    [InlineData(new[] { "generate", "--out", "x.jsonl", "--count", "many" }, "Option --count needs a whole number of at least 0, not 'many'.")]
    [InlineData(new[] { "generate", "--out", "x.jsonl", "--seed", "1.5" }, "Option --seed needs a whole number, not '1.5'.")]
    [InlineData(new[] { "generate", "--out", "x.jsonl", "--count", "1", "--count", "2" }, "Option '--count' expects a single argument but 2 were provided.")]
    public async Task Bad_values_are_usage_errors_that_name_the_option(string[] args, string message)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tiny_run_writes_the_asked_number_of_articles_into_a_new_folder()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "nested", "corpus.jsonl");

        var result = await Cli.RunAsync("generate", "--count", "25", "--seed", "7", "--out", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = File.ReadAllLines(path);
        Assert.Equal(25, lines.Length);
        Assert.Equal(25, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Distinct().Count());
        Assert.Matches($@"^wrote 25 articles, [\d,]+ bytes to {Regex(path)} in [\d.]+s \([\d,]+ articles/s\)\n$", result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_gz_path_is_gzipped_and_the_same_seed_writes_the_same_corpus()
    {
        using var temp = new TempFolder();

        await Cli.RunAsync("generate", "--count", "5", "--out", temp.File("a.jsonl.gz"));
        await Cli.RunAsync("generate", "--count", "5", "--out", temp.File("b.jsonl"));

        using var gzip = new GZipStream(File.OpenRead(temp.File("a.jsonl.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        Assert.Equal(File.ReadAllText(temp.File("b.jsonl")), await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task On_a_terminal_the_run_draws_a_progress_bar_on_stderr()
    {
        using var temp = new TempFolder();

        var result = await Cli.RunAsync(["generate", "--count", "10", "--out", temp.File("c.jsonl")], interactive: true);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("generate 10 articles", result.Error, StringComparison.Ordinal);
        Assert.Contains("━", result.Error, StringComparison.Ordinal);
        Assert.Contains("100%", result.Error, StringComparison.Ordinal);
        Assert.Contains("wrote 10 articles", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirected_output_gets_plain_lines_and_no_bar()
    {
        using var temp = new TempFolder();

        var result = await Cli.RunAsync("generate", "--count", "10", "--out", temp.File("d.jsonl"));

        Assert.DoesNotContain("━", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("wrote 10 articles", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_the_run_with_exit_code_130_and_a_file_of_whole_lines()
    {
        using var temp = new TempFolder();
        var path = temp.File("big.jsonl");
        using var cancellation = new CancellationTokenSource();
        var run = Cli.RunAsync(["generate", "--count", "10_000_000", "--out", path], interactive: false, cancellation.Token);
        while (!File.Exists(path))
        {
            await Task.Delay(20);
        }

        await Task.Delay(300);
        await cancellation.CancelAsync();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCodes.Cancelled, result.ExitCode);
        Assert.Contains("Cancelled.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote ", result.Error, StringComparison.Ordinal);

        // The writer was closed, not abandoned: every line written is a whole article.
        var lines = await File.ReadAllLinesAsync(path);
        Assert.InRange(lines.Length, 0, 9_999_999);
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
