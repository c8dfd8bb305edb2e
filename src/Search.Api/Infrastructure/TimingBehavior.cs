using System.Diagnostics;
using Mediator;

namespace Search.Api.Infrastructure;

/// <summary>Times every request through the mediator: a structured log line, and <c>tookMs</c> on responses that carry it.</summary>
public sealed class TimingBehavior<TMessage, TResponse>(ILogger<TimingBehavior<TMessage, TResponse>> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string RequestName = typeof(TMessage).DeclaringType is { } slice ? $"{slice.Name}.{typeof(TMessage).Name}" : typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        logger.LogInformation("{Request} handled in {ElapsedMs:F2} ms", RequestName, elapsed);
        return response is ITimedResponse<TResponse> timed ? timed.WithTookMs(Math.Round(elapsed, 2)) : response;
    }
}
