using Microsoft.Extensions.Logging;

namespace Search.Benchmarks.Corpus;

/// <summary>
/// Information and above to stdout, so a long index build (1M articles) shows the engine's own
/// progress lines in the BenchmarkDotNet log. The project only references logging abstractions.
/// </summary>
internal sealed class ConsoleLogger<T> : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Console.WriteLine($"// [{DateTime.Now:HH:mm:ss}] {logLevel}: {formatter(state, exception)}");
        }
    }
}
