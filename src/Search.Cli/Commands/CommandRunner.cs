namespace Search.Cli.Commands;

/// <summary>
/// Runs a command's work off the invocation thread so Ctrl+C is answered at once: System.CommandLine
/// cancels the token, work that watches it stops and closes its files, and the command exits 130.
/// </summary>
internal static class CommandRunner
{
    /// <summary>
    /// How long cancelled work may take to stop before the command returns anyway; shorter than
    /// System.CommandLine's own termination timeout (2 s), so "Cancelled." is always printed.
    /// </summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(CliConsole console, Func<CancellationToken, int> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var running = Task.Run(() => work(cancellationToken), cancellationToken);
        try
        {
            return await running.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Some work cannot be interrupted (a BEIR collection is indexed in one call); it ends with the process.
            await Task.WhenAny(running, Task.Delay(StopGrace, CancellationToken.None));
            console.Error.WriteLine("Cancelled.");
            return ExitCodes.Cancelled;
        }
    }
}
