using System.CommandLine;
using Search.Cli.Commands;

namespace Search.Cli;

/// <summary>The command table: a new command is one file in Commands/ and one line here.</summary>
internal sealed class SearchRootCommand : RootCommand
{
    public SearchRootCommand(CliConsole console)
        : base("News search command line: synthetic corpora and relevance evaluations. Results go to stdout, progress and errors to stderr.")
    {
        Subcommands.Add(new GenerateCommand(console));
        Subcommands.Add(new EvalCommand(console));
        Subcommands.Add(new EvalRelatedCommand(console));
        Subcommands.Add(new FitRelatedCommand(console));
        Subcommands.Add(new HelpCommand(this));
    }
}
