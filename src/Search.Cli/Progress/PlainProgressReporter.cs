namespace Search.Cli.Progress;

/// <summary>Progress as plain lines on stderr, for redirected output: what a CI log or a file can hold.</summary>
internal sealed class PlainProgressReporter(TextWriter output) : ProgressReporter
{
    public override IProgressStep Start(string description, long? total = null, Func<long, string?>? plainLine = null) =>
        new Step(output, plainLine);

    public override void Log(string line) => output.WriteLine(line);

    private sealed class Step(TextWriter output, Func<long, string?>? plainLine) : IProgressStep
    {
        public void Report(long done)
        {
            if (plainLine?.Invoke(done) is { } line)
            {
                output.WriteLine(line);
            }
        }

        public void Complete()
        {
        }
    }
}
