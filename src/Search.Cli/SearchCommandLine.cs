using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace Search.Cli;

/// <summary>Parses the arguments against <see cref="SearchRootCommand"/> and runs the chosen command.</summary>
internal static class SearchCommandLine
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var parse = Parse(args, console);
        if (parse.Action is ParseErrorAction)
        {
            return ReportUsageError(parse, console.Error);
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, cancellationToken);
    }

    /// <summary>
    /// Arguments are taken as typed: no response files, so a value such as <c>--out @corpus.jsonl</c> keeps its
    /// meaning from before System.CommandLine rather than naming a file of arguments.
    /// </summary>
    public static ParseResult Parse(IReadOnlyList<string> args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return new SearchRootCommand(console).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
    }

    /// <summary>
    /// The parse errors and where to find the usage, on stderr (stdout stays for results), with exit code 2
    /// as before System.CommandLine, rather than its default 1 and full help text.
    /// </summary>
    private static int ReportUsageError(ParseResult parse, TextWriter error)
    {
        foreach (var message in parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            error.WriteLine(message);
        }

        error.WriteLine($"See '{CommandPath(parse.CommandResult)} --help' for usage.");
        return ExitCodes.Usage;
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new Stack<string>();
        for (CommandResult? current = command; current is not null; current = current.Parent as CommandResult)
        {
            names.Push(current.Command.Name);
        }

        return string.Join(' ', names);
    }
}
