using System.CommandLine;

namespace Search.Cli.Commands;

/// <summary>
/// <c>help [COMMAND…]</c>: the old command line's help word, kept so scripts and habits still work;
/// hidden, since <c>--help</c> is the way shown everywhere.
/// </summary>
internal sealed class HelpCommand : Command
{
    public HelpCommand(RootCommand root)
        : base("help", "Show help, for the whole command line or for one command.")
    {
        ArgumentNullException.ThrowIfNull(root);
        Hidden = true;
        var command = new Argument<string[]>("command") { Arity = ArgumentArity.ZeroOrMore };
        Arguments.Add(command);
        SetAction(parse => root.Parse([.. parse.GetValue(command) ?? [], "--help"]).Invoke(parse.InvocationConfiguration));
    }
}
