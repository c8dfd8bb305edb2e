namespace Search.Cli.Commands;

/// <summary>Routes <c>args[0]</c> to its command; anything else gets the usage text and exit code 2.</summary>
internal sealed class CommandDispatcher(IReadOnlyList<ICliCommand> commands)
{
    public const int UsageError = 2;
    private const int Cancelled = 130; // the shell convention for Ctrl+C

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length == 0)
        {
            WriteUsage(Console.Error);
            return UsageError;
        }

        if (args[0] is "help" or "--help" or "-h")
        {
            WriteUsage(Console.Out);
            return 0;
        }

        var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            Console.Error.WriteLine($"Unknown command '{args[0]}'.");
            WriteUsage(Console.Error);
            return UsageError;
        }

        try
        {
            return await command.RunAsync(CommandArguments.Parse(args[1..]), cancellationToken);
        }
        catch (CommandLineException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine($"usage: search {command.Name} {command.Usage}");
            return UsageError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("Cancelled.");
            return Cancelled;
        }
    }

    private void WriteUsage(TextWriter output)
    {
        output.WriteLine("usage: search <command> [options]");
        output.WriteLine();
        output.WriteLine("commands:");
        var width = commands.Max(c => c.Name.Length);
        foreach (var command in commands)
        {
            output.WriteLine($"  {command.Name.PadRight(width)}  {command.Summary}");
            output.WriteLine($"  {new string(' ', width)}  {command.Name} {command.Usage}");
        }
    }
}
