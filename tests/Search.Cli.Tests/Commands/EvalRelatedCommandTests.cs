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
        Assert.Null(parse.GetValue(command.Json));
    }

    [Fact]
    public void Explicit_values_are_read_and_dataset_names_ignore_case()
    {
        var (parse, command) = Cli.Parse<EvalRelatedCommand>(
            "eval-related", "--data", "/data", "--dataset", "EcbPlus", "--sample", "0", "--seed", "7", "--json", "out.json");

        Assert.Equal("/data", parse.GetValue(command.Data));
        Assert.Equal("EcbPlus", parse.GetValue(command.Dataset));
        Assert.Equal(0, parse.GetValue(command.Sample));
        Assert.Equal(7, parse.GetValue(command.Seed));
        Assert.Equal("out.json", parse.GetValue(command.Json));
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
    public async Task A_tiny_set_prints_every_system_beside_the_ceiling_and_progress_on_stderr()
    {
        using var temp = new TempFolder();
        WriteReuters(temp.File("reuters-21578.jsonl.gz"), articles: 40);

        var result = await Cli.RunAsync("eval-related", "--data", temp.Path, "--dataset", "reuters", "--sample", "5");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal("P@5: hits among the top 5, divided by 5 even when fewer come back", lines[0]);
        Assert.Equal("dataset     indexed   queries  TF-IDF     MLT  BM25-cand    ours  text-only  entities-only  semantic-only  ceiling", lines[1]);
        Assert.Matches(@"^reuters          40         5(  +[01]\.\d{3}){8}$", lines[2]);
        Assert.Equal(lines[1].Length, lines[2].Length); // fixed-width columns under the header
        Assert.Equal("", lines[3]); // no confusion table: Reuters has no topics of events
        Assert.Equal("ours: ms per call, one call at a time", lines[4]);
        Assert.Matches(@"^reuters( +\d+\.\d\d){3}$", lines[6]);
        Assert.Contains("ceiling: the best P@5 possible, mean over queries of min(5, mates) / 5", lines);
        Assert.Matches(@"^reuters: indexed 40 articles in \d+ ms\n", result.Error);
        foreach (var system in new[] { "tfidf", "mlt", "bm25-candidates", "ours", "text-only", "entities-only", "semantic-only" })
        {
            Assert.Matches($@"\nreuters: {system} P@5 [01]\.\d{{3}} over 5 queries, p50 \d+\.\d\d ms\n", result.Error);
        }
    }

    [Fact]
    public async Task Json_holds_every_system_with_each_query_ranked_and_judged()
    {
        using var temp = new TempFolder();
        WriteReuters(temp.File("reuters-21578.jsonl.gz"), articles: 40);
        var json = temp.File("related.json");

        var result = await Cli.RunAsync("eval-related", "--data", temp.Path, "--dataset", "reuters", "--sample", "5", "--json", json);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var dataset = Assert.Single(document.RootElement.GetProperty("datasets").EnumerateArray());
        Assert.Equal("reuters", dataset.GetProperty("name").GetString());
        Assert.Equal(1.0, dataset.GetProperty("ceiling").GetDouble()); // ten articles a topic: every query has 5 mates
        var systems = dataset.GetProperty("systems").EnumerateArray().ToArray();
        Assert.Equal(["tfidf", "mlt", "bm25-candidates", "ours", "text-only", "entities-only", "semantic-only"], systems.Select(s => s.GetProperty("key").GetString()));
        Assert.Equal(JsonValueKind.Null, systems[0].GetProperty("options").ValueKind);
        Assert.Equal(1f, systems[2].GetProperty("options").GetProperty("textWeight").GetSingle());
        foreach (var system in systems)
        {
            var queries = system.GetProperty("queries").EnumerateArray().ToArray();
            Assert.Equal(5, queries.Length);
            var hits = queries.Sum(q => q.GetProperty("hits").GetInt32());
            Assert.Equal(hits / 25.0, system.GetProperty("precisionAt5").GetDouble(), 12);
            Assert.All(queries, q => Assert.InRange(q.GetProperty("ranked").GetArrayLength(), 0, 5));
        }
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
