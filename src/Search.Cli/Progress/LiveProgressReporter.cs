using Spectre.Console;

namespace Search.Cli.Progress;

/// <summary>Progress as Spectre.Console bars redrawn in place; log lines scroll above them.</summary>
internal sealed class LiveProgressReporter(ProgressContext context, IAnsiConsole console) : ProgressReporter
{
    public override IProgressStep Start(string description, long? total = null, Func<long, string?>? plainLine = null)
    {
        // A bar needs a positive maximum; an empty step (generate --count 0) is simply complete at once.
        var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(total ?? 1, 1));
        task.IsIndeterminate = total is null;
        return new Step(task);
    }

    public override void Log(string line) => console.WriteLine(line);

    private sealed class Step(ProgressTask task) : IProgressStep
    {
        public void Report(long done) => task.Value = done;

        public void Complete()
        {
            task.IsIndeterminate = false;
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }
}
