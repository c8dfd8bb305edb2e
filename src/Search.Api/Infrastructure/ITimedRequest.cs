namespace Search.Api.Infrastructure;

/// <summary>
/// A request whose response reports how long it took (<c>tookMs</c>). The clock starts when the request is
/// made and travels with it: the handler reads it once, as it builds its response, and
/// <see cref="TimingBehavior{TMessage, TResponse}"/> logs the same clock, so the log and the response agree.
/// </summary>
public interface ITimedRequest
{
    RequestTimer Timer { get; }
}
