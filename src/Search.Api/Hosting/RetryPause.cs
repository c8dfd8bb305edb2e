namespace Search.Api.Hosting;

/// <summary>How long to wait before trying a failed build again: 5 s, doubling, at most 5 minutes, so a full disk is not hammered.</summary>
public static class RetryPause
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(5);

    public static TimeSpan After(int failures) =>
        failures <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(Longest.Ticks, First.Ticks << Math.Min(failures - 1, 16)));
}
