using System.Diagnostics;

namespace Search.Api.Infrastructure;

/// <summary>When a request started, as a <see cref="Stopwatch"/> timestamp: a value, so a request record carries it for free.</summary>
public readonly record struct RequestTimer(long StartedAt)
{
    public static RequestTimer Start() => new(Stopwatch.GetTimestamp());

    /// <summary>Milliseconds since the start, to the hundredth (the <c>tookMs</c> a response reports).</summary>
    public double ElapsedMs => Math.Round(Stopwatch.GetElapsedTime(StartedAt).TotalMilliseconds, 2);
}
