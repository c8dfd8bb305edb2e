using Search.Cli.Progress;

namespace Search.Cli.Tests.Progress;

public sealed class PlainProgressReporterTests
{
    [Fact]
    public void A_counted_step_prints_only_the_lines_its_formatter_asks_for()
    {
        var output = new StringWriter();
        var progress = new PlainProgressReporter(output);

        var step = progress.Start("generate", 10, n => n % 4 == 0 ? $"done {n}" : null);
        for (var n = 1; n <= 10; n++)
        {
            step.Report(n);
        }

        step.Complete();

        Assert.Equal("done 4\ndone 8\n", output.ToString());
    }

    [Fact]
    public void Stages_are_silent_and_log_lines_are_printed_as_they_are()
    {
        var output = new StringWriter();
        var progress = new PlainProgressReporter(output);

        var value = progress.Stage("index", () =>
        {
            progress.Log("indexed 3 documents");
            return 42;
        });

        Assert.Equal(42, value);
        Assert.Equal("indexed 3 documents\n", output.ToString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_display_is_live_only_on_an_interactive_console(bool interactive)
    {
        var error = new StringWriter();
        var console = Cli.Console(new StringWriter(), error, interactive);

        var reporter = ProgressDisplay.Run(console, progress =>
        {
            progress.Stage("a stage", () => 0);
            return progress;
        });

        Assert.Equal(interactive, console.IsInteractive);
        Assert.IsType(interactive ? typeof(LiveProgressReporter) : typeof(PlainProgressReporter), reporter);
        Assert.Equal(interactive, error.ToString().Contains("a stage", StringComparison.Ordinal));
    }
}
