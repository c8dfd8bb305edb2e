using System.CommandLine;
using Spectre.Console;

namespace Search.Cli.Tests;

/// <summary>Runs the real command line in process, with string writers for stdout and stderr.</summary>
internal static class Cli
{
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, interactive: false);

    public static async Task<CliResult> RunAsync(string[] args, bool interactive, CancellationToken cancellationToken = default)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await SearchCommandLine.RunAsync(args, Console(output, error, interactive), cancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A console over string writers; <paramref name="interactive"/> makes Spectre draw its live bar as on a terminal.</summary>
    public static CliConsole Console(StringWriter output, StringWriter error, bool interactive = false) =>
        new(output, error, AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = interactive ? AnsiSupport.Yes : AnsiSupport.No,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        }));

    /// <summary>Parses as a run would, without running, to read option values.</summary>
    public static (ParseResult Parse, T Command) Parse<T>(params string[] args) where T : Command
    {
        var parse = SearchCommandLine.Parse(args, Console(new StringWriter(), new StringWriter()));
        Assert.Empty(parse.Errors);
        return (parse, Assert.IsType<T>(parse.CommandResult.Command));
    }
}
