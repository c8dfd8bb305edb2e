using System.CommandLine;
using System.CommandLine.Help;

namespace Search.Cli.Tests;

public sealed class SearchRootCommandTests
{
    public static TheoryData<string> CommandPaths => ["generate", "eval beir", "eval-related"];

    [Fact]
    public async Task Root_help_lists_every_command_with_its_summary()
    {
        var result = await Cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("generate      Write N synthetic news articles", result.Out, StringComparison.Ordinal);
        Assert.Contains("eval          Relevance of the search box on a test collection", result.Out, StringComparison.Ordinal);
        Assert.Contains("eval-related  Precision@5 and latency of related stories", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Out.Split('\n'), l => l.StartsWith("  help ", StringComparison.Ordinal)); // the old help word works but stays hidden
        Assert.Empty(result.Error);
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task Command_help_describes_every_option(string path)
    {
        var words = path.Split(' ');
        var command = Find(words);

        var result = await Cli.RunAsync([.. words, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(command.Description!, result.Out, StringComparison.Ordinal);
        var options = command.Options.Where(o => o is not HelpOption).ToArray();
        Assert.NotEmpty(options);
        foreach (var option in options)
        {
            Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{option.Name} has no description");
            var line = result.Out.Split('\n').SingleOrDefault(l => l.TrimStart().StartsWith(option.Name + " ", StringComparison.Ordinal));
            Assert.True(line is not null, $"{path} --help does not list {option.Name}:\n{result.Out}");
            Assert.Contains(option.Description!, line, StringComparison.Ordinal);
            Assert.True(!option.HasDefaultValue || line.Contains("[default: ", StringComparison.Ordinal), $"{option.Name} does not show its default: {line}");
        }
    }

    [Theory]
    [InlineData("generate", "--count <N>", "[default: 1000]")]
    [InlineData("generate", "--seed <N>", "[default: 42]")]
    [InlineData("generate", "--out <PATH> (REQUIRED)", "Corpus file to write")]
    [InlineData("eval beir", "--data <DIR> (REQUIRED)", "Folder of the BEIR collection")]
    [InlineData("eval beir", "--qrels <SPLIT>", "[default: train]")]
    [InlineData("eval beir", "--k1 <X>", "[default: 0.9]")]
    [InlineData("eval beir", "--b <X>", "[default: 0.4]")]
    [InlineData("eval beir", "--title-boost <X>", "[default: 0.25]")]
    [InlineData("eval beir", "--caption-boost <X>", "[default: 0.2]")]
    [InlineData("eval beir", "--proximity-boost <X>", "[default: 0.3]")]
    [InlineData("eval beir", "--slop <N>", "[default: 4]")]
    [InlineData("eval-related", "--data <DIR>", "[default: ../shared/data]")]
    [InlineData("eval-related", "--dataset <all|bbc|ecbplus|reuters|threads|wikiref>", "[default: all]")]
    [InlineData("eval-related", "--sample <N>", "[default: reuters and threads 1000, the others every article]")]
    [InlineData("eval-related", "--seed <N>", "[default: 42]")]
    [InlineData("eval-related", "--json <FILE>", "every number")]
    public async Task Command_help_shows_each_option_with_its_default(string path, string usage, string text)
    {
        var result = await Cli.RunAsync([.. path.Split(' '), "--help"]);

        var line = result.Out.Split('\n').SingleOrDefault(l => l.TrimStart().StartsWith(usage, StringComparison.Ordinal));
        Assert.True(line is not null, $"no line for {usage}:\n{result.Out}");
        Assert.Contains(text, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("-h")]
    public async Task The_old_help_spellings_still_print_the_help(string word)
    {
        var result = await Cli.RunAsync(word);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal((await Cli.RunAsync("--help")).Out, result.Out);
    }

    [Fact]
    public async Task Help_word_before_a_command_prints_that_commands_help() =>
        Assert.Equal((await Cli.RunAsync("generate", "--help")).Out, (await Cli.RunAsync("help", "generate")).Out);

    [Theory]
    [InlineData(new string[0], "Required command was not provided.")]
    [InlineData(new[] { "index" }, "Unrecognized command or argument 'index'.")]
    [InlineData(new[] { "eval" }, "Required command was not provided.")]
    [InlineData(new[] { "eval", "trec", "--data", "x" }, "Unrecognized command or argument 'trec'.")]
    [InlineData(new[] { "generate", "--out", "x.jsonl", "--cont", "5" }, "Unrecognized command or argument '--cont'.")]
    [InlineData(new[] { "eval", "beir", "--data", "x", "--k3", "1" }, "Unrecognized command or argument '--k3'.")]
    [InlineData(new[] { "eval-related", "--sampel", "5" }, "Unrecognized command or argument '--sampel'.")]
    public async Task Unknown_or_missing_commands_and_options_are_usage_errors(string[] args, string message)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    private static Command Find(string[] words)
    {
        Command command = new SearchRootCommand(Cli.Console(new StringWriter(), new StringWriter()));
        foreach (var word in words)
        {
            command = command.Subcommands.Single(c => c.Name == word);
        }

        return command;
    }
}
