namespace Search.Api.Infrastructure;

/// <summary>A response that reports how long its request took; <see cref="TimingBehavior{TMessage, TResponse}"/> fills it in.</summary>
public interface ITimedResponse<out TSelf>
{
    TSelf WithTookMs(double tookMs);
}
