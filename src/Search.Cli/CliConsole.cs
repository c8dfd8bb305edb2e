using Spectre.Console;

namespace Search.Cli;

/// <summary>
/// Where the commands write: results on <see cref="Out"/> (stdout, clean to pipe), progress and errors on
/// <see cref="Error"/> (stderr), the live progress bar on <see cref="ProgressConsole"/>, a Spectre console over stderr.
/// Tests pass string writers instead of the process's streams.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, IAnsiConsole progressConsole)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public IAnsiConsole ProgressConsole { get; } = progressConsole;

    /// <summary>
    /// A live bar only on a terminal that redraws in place; redirected output (CI logs, files) and
    /// consoles without ANSI get plain periodic lines, so a log stays readable.
    /// </summary>
    public bool IsInteractive => ProgressConsole.Profile.Capabilities is { Interactive: true, Ansi: true };

    public static CliConsole FromProcess() =>
        new(Console.Out, Console.Error, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));
}
