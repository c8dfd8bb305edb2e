namespace Search.Cli.Commands;

/// <summary>The user typed something the command cannot use; the message says what to change.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
