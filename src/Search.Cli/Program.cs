using Search.Cli;

// Commands live in Commands/, one file each; SearchRootCommand lists them.
return await SearchCommandLine.RunAsync(args, CliConsole.FromProcess());
