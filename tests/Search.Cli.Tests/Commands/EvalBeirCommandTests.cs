using Search.Cli.Commands;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Cli.Tests.Commands;

public sealed class EvalBeirCommandTests
{
    [Fact]
    public void Every_ranking_option_defaults_to_the_engines_own_value()
    {
        var (parse, command) = Cli.Parse<EvalBeirCommand>("eval", "beir", "--data", "scifact");

        Assert.Equal("scifact", parse.GetValue(command.Data));
        Assert.Equal("train", parse.GetValue(command.Qrels));
        Assert.Equal(LuceneSetup.DefaultK1, parse.GetValue(command.K1));
        Assert.Equal(LuceneSetup.DefaultB, parse.GetValue(command.B));
        Assert.Equal(RankingOptions.Default.TitleBoost, parse.GetValue(command.TitleBoost));
        Assert.Equal(RankingOptions.Default.CaptionBoost, parse.GetValue(command.CaptionBoost));
        Assert.Equal(RankingOptions.Default.ProximityBoost, parse.GetValue(command.ProximityBoost));
        Assert.Equal(RankingOptions.Default.ProximitySlop, parse.GetValue(command.Slop));
    }

    [Fact]
    public void Explicit_values_are_read_in_the_invariant_culture()
    {
        var (parse, command) = Cli.Parse<EvalBeirCommand>(
            "eval", "beir", "--data", "d", "--qrels", "test", "--k1", "1.2", "--b", "0.75", "--title-boost", "0.5",
            "--caption-boost", "0", "--proximity-boost", "1e-1", "--slop", "8");

        Assert.Equal("test", parse.GetValue(command.Qrels));
        Assert.Equal(1.2f, parse.GetValue(command.K1));
        Assert.Equal(0.75f, parse.GetValue(command.B));
        Assert.Equal(0.5f, parse.GetValue(command.TitleBoost));
        Assert.Equal(0f, parse.GetValue(command.CaptionBoost));
        Assert.Equal(0.1f, parse.GetValue(command.ProximityBoost));
        Assert.Equal(8, parse.GetValue(command.Slop));
    }

    [Theory]
    [InlineData(new[] { "eval", "beir" }, "Option '--data' is required.")]
    [InlineData(new[] { "eval", "beir", "--data", "d", "--b", "1.5" }, "Option --b needs a number between 0 and 1, not '1.5'.")]
    [InlineData(new[] { "eval", "beir", "--data", "d", "--k1", "-1" }, "Option --k1 needs a number of at least 0, not '-1'.")]
    [InlineData(new[] { "eval", "beir", "--data", "d", "--title-boost", "NaN" }, "Option --title-boost needs a number of at least 0, not 'NaN'.")]
    [InlineData(new[] { "eval", "beir", "--data", "d", "--slop", "-2" }, "Option --slop needs a whole number of at least 0, not '-2'.")]
    public async Task Bad_values_are_usage_errors_that_name_the_option(string[] args, string message)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_data_folder_fails_with_exit_code_1()
    {
        using var temp = new TempFolder();
        var missing = temp.File("scifact");

        var result = await Cli.RunAsync("eval", "beir", "--data", missing);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal($"BEIR data folder not found: {missing}\n", result.Error);
    }

    [Fact]
    public async Task A_missing_qrels_split_fails_with_exit_code_1_and_names_the_file()
    {
        using var temp = new TempFolder();
        WriteCollection(temp.Path);

        var result = await Cli.RunAsync("eval", "beir", "--data", temp.Path, "--qrels", "dev");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("qrels-dev.tsv is not in", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tiny_collection_prints_the_two_result_lines_in_the_quoted_format()
    {
        using var temp = new TempFolder();
        WriteCollection(temp.Path);

        var result = await Cli.RunAsync("eval", "beir", "--data", temp.Path, "--title-boost", "0.5");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal(3, lines.Length); // two lines and the final newline
        Assert.Equal("k1 0.9  b 0.4  title 0.5  caption 0.2  proximity 0.3  slop 4  qrels train", lines[0]);
        Assert.Matches(@"^nDCG@10 1\.0000  Recall@100 1\.0000  queries 2  docs 3  index \d+\.\ds  search \d+\.\ds$", lines[1]);
        Assert.Contains("indexed 3 documents in", result.Error, StringComparison.Ordinal);
    }

    private static void WriteCollection(string folder)
    {
        File.WriteAllLines(Path.Combine(folder, "corpus.jsonl"),
        [
            """{"_id":"d1","title":"Vitamin D and bone density","text":"Vitamin D supplements increase bone mineral density in older adults."}""",
            """{"_id":"d2","title":"Coffee and sleep","text":"Caffeine intake late in the day reduces sleep quality."}""",
            """{"_id":"d3","title":"","text":"Regular exercise lowers blood pressure in adults with hypertension."}""",
        ]);
        File.WriteAllLines(Path.Combine(folder, "queries.jsonl"),
        [
            """{"_id":"q1","text":"vitamin D improves bone density"}""",
            """{"_id":"q2","text":"exercise lowers blood pressure"}""",
            """{"_id":"q3","text":"a query nobody judged"}""",
        ]);
        File.WriteAllText(Path.Combine(folder, "qrels-train.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td3\t1\n");
    }
}
