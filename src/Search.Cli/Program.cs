using Search.Cli.Commands;

// The command table: a new command is one file in Commands/ and one line here.
ICliCommand[] commands =
[
    new GenerateCommand(),
    new EvalBeirCommand(),
    new EvalRelatedCommand(),
];

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // let the running command stop cleanly and close its files
    cancellation.Cancel();
};

return await new CommandDispatcher(commands).RunAsync(args, cancellation.Token);
