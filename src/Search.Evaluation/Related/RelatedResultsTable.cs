using System.Globalization;
using System.Text;

namespace Search.Evaluation.Related;

/// <summary>
/// The related evaluation as fixed-width text: precision@5 with one row per dataset and one column per system
/// and the ceiling; the confusion rate of every system on the sets with topics (ECB+); our latency per set;
/// then what the columns mean.
/// </summary>
public static class RelatedResultsTable
{
    private const int DatasetWidth = 9;
    private const int CountWidth = 8;
    private const int MinColumnWidth = 6;

    /// <param name="systems">The columns, in order; a system a dataset did not run prints as "-".</param>
    /// <param name="latencyOf">The system whose time per call is shown (ours as shipped).</param>
    public static void Write(TextWriter output, IReadOnlyList<RelatedEvaluationResult> results, IReadOnlyList<RelatedSystem> systems, RelatedSystem latencyOf)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(systems);
        ArgumentNullException.ThrowIfNull(latencyOf);
        var widths = systems.Select(s => Math.Max(MinColumnWidth, s.Label.Length)).ToArray();

        output.WriteLine("P@5: hits among the top 5, divided by 5 even when fewer come back");
        output.WriteLine(Row("dataset", [Right("indexed", CountWidth), Right("queries", CountWidth), .. Labels(systems, widths), Right("ceiling", "ceiling".Length)]));
        foreach (var r in results)
        {
            output.WriteLine(Row(r.Dataset, [
                Right(Invariant($"{r.Indexed:N0}"), CountWidth),
                Right(Invariant($"{r.Queries:N0}"), CountWidth),
                .. Cells(systems, widths, s => r[s.Key]?.Score.PrecisionAt5),
                Right(Invariant($"{r.Ceiling:F3}"), "ceiling".Length)]));
        }

        var topical = results.Where(r => r.HasTopics).ToArray();
        if (topical.Length > 0)
        {
            output.WriteLine();
            output.WriteLine("confusion: share of the 5 slots holding the same topic but another event");
            output.WriteLine(Row("dataset", Labels(systems, widths)));
            foreach (var r in topical)
            {
                output.WriteLine(Row(r.Dataset, Cells(systems, widths, s => r[s.Key]?.Score.ConfusionRate)));
            }
        }

        output.WriteLine();
        output.WriteLine($"{latencyOf.Label}: ms per call, one call at a time");
        output.WriteLine(Row("dataset", [Right("p50", CountWidth), Right("p99", CountWidth), Right("mean", CountWidth)]));
        foreach (var r in results)
        {
            var latency = r[latencyOf.Key]?.Score.Latency;
            output.WriteLine(Row(r.Dataset, [Ms(latency?.P50Ms), Ms(latency?.P99Ms), Ms(latency?.MeanMs)]));
        }

        output.WriteLine();
        foreach (var system in systems)
        {
            output.WriteLine($"{system.Label}: {system.Description}");
        }

        output.WriteLine("ceiling: the best P@5 possible, mean over queries of min(5, mates) / 5");
    }

    private static IEnumerable<string> Labels(IReadOnlyList<RelatedSystem> systems, int[] widths) =>
        systems.Select((s, i) => Right(s.Label, widths[i]));

    private static IEnumerable<string> Cells(IReadOnlyList<RelatedSystem> systems, int[] widths, Func<RelatedSystem, double?> value) =>
        systems.Select((s, i) => Right(value(s) is { } v ? Invariant($"{v:F3}") : "-", widths[i]));

    private static string Ms(double? value) => Right(value is { } v ? Invariant($"{v:F2}") : "-", CountWidth);

    private static string Row(string dataset, IEnumerable<string> cells)
    {
        var row = new StringBuilder(dataset.PadRight(DatasetWidth));
        foreach (var cell in cells)
        {
            row.Append("  ").Append(cell);
        }

        return row.ToString();
    }

    private static string Right(string text, int width) => text.PadLeft(width);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
