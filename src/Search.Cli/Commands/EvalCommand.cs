using System.CommandLine;

namespace Search.Cli.Commands;

/// <summary><c>eval FORMAT</c>: relevance on a standard test collection; BEIR is the one format so far.</summary>
internal sealed class EvalCommand : Command
{
    public EvalCommand(CliConsole console)
        : base("eval", "Relevance of the search box on a test collection (one format so far: beir).")
    {
        Subcommands.Add(new EvalBeirCommand(console));
    }
}
