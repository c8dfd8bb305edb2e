namespace Search.Evaluation.Related;

/// <summary>Wall-clock milliseconds per call: median, 99th percentile (nearest rank) and mean.</summary>
public sealed record RelatedLatency(int Calls, double P50Ms, double P99Ms, double MeanMs)
{
    public static RelatedLatency From(IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
        {
            return new RelatedLatency(0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        return new RelatedLatency(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted.Average());
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
