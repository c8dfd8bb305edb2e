using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Search.Benchmarks.Peers;

/// <summary>
/// The timing loop the Java harness also runs: one untimed pass (warm-up and mean hits), then the whole query list
/// <c>repeat</c> times on one thread, each query timed from parsing to its top 10. Prints one RESULT line
/// (QPS, nearest-rank p50 and p99 in ms, and the measuring thread's CPU ms per query, which other work on the
/// machine disturbs far less than wall time) that <c>benchmarks/peers/run.sh</c> collects, then per-class lines.
/// </summary>
internal static partial class PeerTiming
{
    public static void Measure(string engine, IReadOnlyList<string> queries, int repeat, Func<string, long> search)
    {
        long hits = 0;
        foreach (var query in queries)
        {
            hits += search(query);
        }

        var latencies = new long[queries.Count * repeat];
        var gcBefore = GC.CollectionCount(0);
        var start = Stopwatch.GetTimestamp();
        var cpuStart = ThreadCpuSeconds();
        long sink = 0;
        for (var r = 0; r < repeat; r++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var at = Stopwatch.GetTimestamp();
                sink += search(queries[i]);
                latencies[r * queries.Count + i] = Stopwatch.GetTimestamp() - at;
            }
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpuMs = (ThreadCpuSeconds() - cpuStart) * 1000 / latencies.Length;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"RESULT engine={engine} queries={queries.Count} executions={latencies.Length} qps={latencies.Length / seconds:F1} p50={Percentile(latencies, 50):F3} p99={Percentile(latencies, 99):F3} meanhits={(double)hits / queries.Count:F1} cpums={cpuMs:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  gen0 collections={GC.CollectionCount(0) - gcBefore} allocated={GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB (sink {sink % 10})"));
        foreach (var group in Enumerable.Range(0, queries.Count).GroupBy(i => Class(queries[i])).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.ToHashSet();
            var classLatencies = latencies.Where((_, k) => members.Contains(k % queries.Count)).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  class {group.Key,-7} n={members.Count,2} p50={Percentile(classLatencies, 50):F3}ms p99={Percentile(classLatencies, 99):F3}ms"));
        }

        // Each query's median over the repeats, as the Java harness prints it, for a per-query comparison.
        for (var i = 0; i < queries.Count; i++)
        {
            var own = Enumerable.Range(0, repeat).Select(r => latencies[r * queries.Count + i]).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"QUERY p50={Percentile(own, 50):F3} q={queries[i]}"));
        }
    }

    /// <summary>CPU seconds the calling thread has used (Linux CLOCK_THREAD_CPUTIME_ID); NaN elsewhere.</summary>
    private static double ThreadCpuSeconds()
    {
        const int threadCpuTimeClock = 3;
        return OperatingSystem.IsLinux() && ClockGetTime(threadCpuTimeClock, out var time) == 0 ? time.Seconds + time.Nanoseconds / 1e9 : double.NaN;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    private static string Class(string query) =>
        query.Contains('"') ? "phrase" : query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length switch { 1 => "1-term", 2 => "2-term", _ => "3+-term" };

    /// <summary>Nearest-rank percentile in milliseconds, as the Java harness computes it.</summary>
    private static double Percentile(long[] ticks, double p)
    {
        var sorted = ticks.ToArray();
        Array.Sort(sorted);
        var index = Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1);
        return sorted[index] * 1000.0 / Stopwatch.Frequency;
    }
}
