using Spectre.Console;

namespace Search.Cli.Progress;

/// <summary>Runs long work under a live progress bar on a terminal, or with plain periodic lines when redirected.</summary>
internal static class ProgressDisplay
{
    public static T Run<T>(CliConsole console, Func<ProgressReporter, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (!console.IsInteractive)
        {
            return work(new PlainProgressReporter(console.Error));
        }

        return console.ProgressConsole.Progress()
            .Columns(
                new SpinnerColumn(),
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new RemainingTimeColumn())
            .Start(context => work(new LiveProgressReporter(context, console.ProgressConsole)));
    }
}
