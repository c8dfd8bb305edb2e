using Microsoft.Extensions.Logging;

namespace Search.Cli.Progress;

/// <summary>Forwards an evaluator's information messages to the progress output, so they do not tear the live bar.</summary>
internal sealed class ProgressLogger(ProgressReporter progress) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (IsEnabled(logLevel))
        {
            progress.Log(formatter(state, exception));
        }
    }
}
