namespace Search.Cli.Tests;

/// <summary>What one command line run left behind: its exit code and what it wrote to stdout and stderr.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error);
