using System.IO.Compression;
using System.Text.Json;
using Search.Cli.Commands;

namespace Search.Cli.Tests.Commands;

public sealed class EvalRelatedCommandTests
{
    [Fact]
    public void Defaults_are_the_shared_data_folder_all_sets_the_sets_own_sample_and_seed_42()
    {
        var (parse, command) = Cli.Parse<EvalRelatedCommand>("eval-related");

        Assert.Equal(Path.Combine("..", "shared", "data"), parse.GetValue(command.Data));
        Assert.Equal("all", parse.GetValue(command.Dataset));
        Assert.Null(parse.GetValue(command.Sample));
        Assert.Equal(42, parse.GetValue(command.Seed));
    }

    [Fact]
    public void Explicit_values_are_read_and_dataset_names_ignore_case()
    {
        var (parse, command) = Cli.Parse<EvalRelatedCommand>("eval-related", "--data", "/data", "--dataset", "Reuters", "--sample", "0", "--seed", "7");

        Assert.Equal("/data", parse.GetValue(command.Data));
        Assert.Equal("Reuters", parse.GetValue(command.Dataset));
        Assert.Equal(0, parse.GetValue(command.Sample));
        Assert.Equal(7, parse.GetValue(command.Seed));
    }

    [Theory]
    [InlineData(new[] { "eval-related", "--dataset", "nyt" }, "Argument 'nyt' not recognized. Must be one of:")]
    [InlineData(new[] { "eval-related", "--sample", "-5" }, "Option --sample needs a whole number of at least 0, not '-5'.")]
    [InlineData(new[] { "eval-related", "--seed", "x" }, "Option --seed needs a whole number, not 'x'.")]
    public async Task Bad_values_are_usage_errors_that_name_the_option(string[] args, string message)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_data_folder_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var missing = temp.File("data");

        var result = await Cli.RunAsync("eval-related", "--data", missing);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal($"Data folder '{missing}' not found.\n", result.Error);
    }

    [Fact]
    public async Task A_missing_set_file_fails_with_exit_code_1_and_names_it()
    {
        using var temp = new TempFolder();

        var result = await Cli.RunAsync("eval-related", "--data", temp.Path, "--dataset", "bbc");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("bbc-news.jsonl.gz", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tiny_set_prints_the_table_in_the_quoted_format_and_progress_on_stderr()
    {
        using var temp = new TempFolder();
        WriteReuters(temp.File("reuters-21578.jsonl.gz"), articles: 40);

        var result = await Cli.RunAsync("eval-related", "--data", temp.Path, "--dataset", "reuters", "--sample", "5");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal(4, lines.Length); // header, one set, the note and the final newline
        Assert.Equal("dataset   indexed  queries  ours P@5  MLT P@5   ours p50/p99/mean ms    MLT p50/p99/mean ms", lines[0]);
        Assert.Matches(@"^reuters        40        5     [01]\.\d{3}    [01]\.\d{3} +\d+\.\d\d/\d+\.\d\d/\d+\.\d\d +\d+\.\d\d/\d+\.\d\d/\d+\.\d\d$", lines[1]);
        Assert.Equal(lines[0].Length, lines[1].Length); // fixed-width columns under the header
        Assert.Matches(@"^P@5 = hits among the top 5 divided by 5, even when fewer than 5 come back; mean list length ours/MLT: reuters \d\.\d\d/\d\.\d\d\.$", lines[2]);
        Assert.Matches(@"^reuters: indexed 40 articles in \d+ ms\nreuters: 5 queries, ours P@5 [01]\.\d{3}, MoreLikeThis P@5 [01]\.\d{3}\n$", result.Error);
    }

    private static void WriteReuters(string path, int articles)
    {
        string[] topics = ["grain", "crude", "trade", "money-fx"];
        string[] words =
        [
            "wheat corn harvest grain export tonnes farmers",
            "oil crude barrel opec prices refinery",
            "tariff trade deficit imports exports surplus",
            "interest rates central bank dollar currency",
        ];
        using var file = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var writer = new StreamWriter(file);
        for (var i = 0; i < articles; i++)
        {
            var topic = i % topics.Length;
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = $"r{i}",
                title = $"{topics[topic]} report {i}",
                body = $"{words[topic]} report number {i}. {words[topic]}",
                topics = new[] { topics[topic] },
                date = "1987-03-01",
            }));
        }
    }
}
