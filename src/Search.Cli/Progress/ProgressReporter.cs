namespace Search.Cli.Progress;

/// <summary>
/// What long-running commands report to: steps with a count (a bar) or without one (a stage), and log
/// lines worth keeping. <see cref="ProgressDisplay"/> picks the live or the plain form.
/// </summary>
internal abstract class ProgressReporter
{
    /// <param name="description">What the step does, shown beside its bar.</param>
    /// <param name="total">Units of work, or null for a stage whose size is unknown.</param>
    /// <param name="plainLine">
    /// For plain output only: the line to print for a reported count, or null for none, so a redirected
    /// log gets a line every so often rather than one per unit.
    /// </param>
    public abstract IProgressStep Start(string description, long? total = null, Func<long, string?>? plainLine = null);

    /// <summary>A line kept in the output: above the live bar, or as a plain line.</summary>
    public abstract void Log(string line);

    /// <summary>Runs <paramref name="work"/> as one stage of unknown size.</summary>
    public T Stage<T>(string description, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var step = Start(description);
        var result = work();
        step.Complete();
        return result;
    }
}
