using System.Text.Json;

namespace Search.Evaluation.Related;

/// <summary>
/// The related evaluation as JSON (camelCase): per dataset, what was indexed and asked and the ceiling; per
/// system, its options (ours), every rate and the latency; per query, the ids returned, the call's time
/// and its judgement. Everything the table prints and what it summarises, for tools that fit or compare.
/// </summary>
public static class RelatedResultsJson
{
    // One line: with every query's list, an indented file of all sets runs to megabytes of whitespace.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <param name="sample">The query sample asked for (null: each set's default), recorded with <paramref name="seed"/> so a run can be repeated.</param>
    public static void Write(Stream output, IReadOnlyList<RelatedEvaluationResult> results, int? sample, int seed)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        JsonSerializer.Serialize(output, new
        {
            listLength = RelatedMetrics.ListLength,
            sample,
            seed,
            datasets = results.Select(Dataset),
        }, Options);
    }

    private static object Dataset(RelatedEvaluationResult result) => new
    {
        name = result.Dataset,
        indexed = result.Indexed,
        queries = result.Queries,
        indexMs = Math.Round(result.IndexTime.TotalMilliseconds),
        ceiling = result.Ceiling,
        systems = result.Systems.Select(System),
    };

    private static object System(RelatedSystemResult result) => new
    {
        key = result.System.Key,
        label = result.System.Label,
        description = result.System.Description,
        options = result.System.Options,
        parallel = result.Run.Parallel,
        precisionAt5 = result.Score.PrecisionAt5,
        confusionRate = result.Score.ConfusionRate,
        successAt5 = result.Score.SuccessAt5,
        matesFound = result.Score.MatesFound,
        meanResults = result.Score.MeanResults,
        latency = result.Score.Latency,
        queries = result.Run.Queries.Zip(result.Judged, (run, judged) => new
        {
            id = run.QueryId,
            ranked = run.Ranked,
            ms = Math.Round(run.Milliseconds, 3),
            hits = judged.Hits,
            confusions = judged.Confusions,
            mates = judged.Mates,
        }),
    };
}
