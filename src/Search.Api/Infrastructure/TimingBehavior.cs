using Mediator;

namespace Search.Api.Infrastructure;

/// <summary>
/// Times every request through the mediator: a debug log line for each and a warning for a slow one (a line
/// per request at Information would cost real throughput at thousands of requests a second). A request that
/// reports its time (<see cref="ITimedRequest"/>) is timed on its own clock, the one its response shows.
/// </summary>
public sealed class TimingBehavior<TMessage, TResponse>(ILogger<TimingBehavior<TMessage, TResponse>> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private const double SlowMs = 250;
    private static readonly string RequestName = typeof(TMessage).DeclaringType is { } slice ? $"{slice.Name}.{typeof(TMessage).Name}" : typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var timer = message is ITimedRequest timed ? timed.Timer : RequestTimer.Start();
        var response = await next(message, cancellationToken);
        var elapsed = timer.ElapsedMs;
        if (elapsed >= SlowMs)
        {
            logger.LogWarning("Slow request: {Request} handled in {ElapsedMs:F2} ms", RequestName, elapsed);
        }
        else
        {
            logger.LogDebug("{Request} handled in {ElapsedMs:F2} ms", RequestName, elapsed);
        }

        return response;
    }
}
