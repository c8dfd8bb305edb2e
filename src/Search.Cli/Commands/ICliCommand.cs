namespace Search.Cli.Commands;

/// <summary>One verb of the command line (<c>generate</c>, later <c>index</c>, <c>search</c>…): one file per command.</summary>
internal interface ICliCommand
{
    /// <summary>The word typed after the program name.</summary>
    string Name { get; }

    /// <summary>Options as shown in usage: "--count N --seed S --out PATH".</summary>
    string Usage { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <returns>The process exit code.</returns>
    Task<int> RunAsync(CommandArguments arguments, CancellationToken cancellationToken);
}
