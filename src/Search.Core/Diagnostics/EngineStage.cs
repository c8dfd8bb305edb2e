using System.Diagnostics;

namespace Search.Core.Diagnostics;

/// <summary>
/// One stage of a search or a related list: a span named "<c>operation.stage</c>" (a child of the request's span) while
/// it runs, and its milliseconds in <see cref="EngineTelemetry.StageDuration"/> when disposed.
/// </summary>
internal readonly struct EngineStage : IDisposable
{
    private readonly Activity? _activity;
    private readonly long _started;
    private readonly string _operation;
    private readonly string _stage;

    public EngineStage(string operation, string stage)
    {
        _operation = operation;
        _stage = stage;
        _activity = EngineTelemetry.Source.StartActivity($"{operation}.{stage}");
        _started = EngineTelemetry.StageDuration.Enabled ? Stopwatch.GetTimestamp() : 0;
    }

    public void Dispose()
    {
        _activity?.Dispose();
        if (_started != 0)
        {
            EngineTelemetry.StageDuration.Record(
                Stopwatch.GetElapsedTime(_started).TotalMilliseconds,
                new KeyValuePair<string, object?>("operation", _operation),
                new KeyValuePair<string, object?>("stage", _stage));
        }
    }
}
