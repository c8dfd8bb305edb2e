namespace Search.Cli.Progress;

/// <summary>One line of progress: a counted step or a stage.</summary>
internal interface IProgressStep
{
    /// <summary>Units done so far (not an increment).</summary>
    void Report(long done);

    void Complete();
}
