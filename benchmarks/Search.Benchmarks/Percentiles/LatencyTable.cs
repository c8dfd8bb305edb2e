using System.Diagnostics;
using System.Globalization;

namespace Search.Benchmarks.Percentiles;

/// <summary>Latencies per row label, printed as p50/p95/p99/max in milliseconds (nearest-rank percentiles).</summary>
internal sealed class LatencyTable
{
    private readonly Dictionary<string, List<long>> _rows = [];

    public T Time<T>(string row, Func<T> action)
    {
        var start = Stopwatch.GetTimestamp();
        var result = action();
        var elapsed = Stopwatch.GetTimestamp() - start;
        if (!_rows.TryGetValue(row, out var list))
        {
            _rows[row] = list = [];
        }

        list.Add(elapsed);
        return result;
    }

    public void Print(string title)
    {
        Console.WriteLine();
        Console.WriteLine($"| {title} | n | mean ms | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (row, ticks) in _rows)
        {
            var sorted = ticks.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row} | {sorted.Length} | {Ms(sorted.Average()):F3} | {Ms(Pct(sorted, 50)):F3} | {Ms(Pct(sorted, 95)):F3} | {Ms(Pct(sorted, 99)):F3} | {Ms(sorted[^1]):F3} |"));
        }
    }

    private static double Pct(long[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Ms(double ticks) => ticks * 1000 / Stopwatch.Frequency;
}
