using Search.Core.Related;

namespace Search.Evaluation.Fitting;

/// <summary>
/// Learns the related blend's weights from labelled same-story data by coordinate ascent on precision@5: each weight
/// in turn tries every value of its grid while the others stay, keeping the best, until a round changes nothing.
/// The objective is the mean over the sets (every set counts alike, however many queries it has) of each set's P@5
/// less any shortfall below the plain TF-IDF cosine on that set: a blend that gains on topical sets by losing the
/// same-event set to a 1970s baseline is not better. Deterministic: the same queries give the same weights.
/// </summary>
public static class BlendFitter
{
    public const int ListLength = 5;

    private static readonly float[] WeightGrid = [0f, 0.05f, 0.1f, 0.15f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.8f, 1f];
    /// <summary>
    /// Entities are never fitted to 0: in an index without embeddings, two short stories that share only a country named
    /// in other words (Lisbon ~ Portuguese) would then score 0 and leave the list (RelatedNamesCarryTests).
    /// </summary>
    private static readonly float[] EntityGrid = [0.05f, 0.1f, 0.15f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.8f, 1f];
    private static readonly float[] RecencyGrid = [0f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f];
    private const int MaxRounds = 8;

    /// <summary>Fits the text, cosine, phrase, headline, entity, semantic, recency and named-years weights starting from <paramref name="start"/>.</summary>
    /// <param name="acceptable">
    /// A requirement every fitted blend must meet whatever its P@5 (the seed page's Kazakhstan piece leading with the
    /// Russia stories): trials failing it are never taken. Null accepts every trial.
    /// </param>
    public static RelatedOptions Fit(IReadOnlyList<FitQuery> queries, RelatedOptions start, Action<string>? progress = null, Func<RelatedOptions, bool>? acceptable = null)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(start);
        var best = start;
        // A start that fails the requirement is left for the first trial that meets it, whatever that trial's score.
        var bestScore = acceptable is null || acceptable(start) ? Objective(queries, best) : double.NegativeInfinity;
        progress?.Invoke($"start: objective {bestScore:F4}");
        for (var round = 1; round <= MaxRounds; round++)
        {
            var improved = false;
            foreach (var (name, grid, with) in Coordinates())
            {
                foreach (var value in grid)
                {
                    var trial = with(best, value);
                    var score = Objective(queries, trial);
                    // Strictly better only, so ties keep the earlier (smaller) value and the result is stable.
                    if (score > bestScore + 1e-9 && (acceptable is null || acceptable(trial)))
                    {
                        best = trial;
                        bestScore = score;
                        improved = true;
                    }
                }

                progress?.Invoke($"round {round}, {name}: objective {bestScore:F4}");
            }

            if (!improved)
            {
                break;
            }
        }

        return best;
    }

    /// <summary>
    /// Coordinate ascent climbs to the nearest peak, so it is run from each of <paramref name="starts"/> in turn and the
    /// best end is kept (the first on a tie): deterministic, and less tied to where the shipped weights happen to be. An end
    /// that fails <paramref name="acceptable"/> (a start no trial could mend) is kept only when every end fails.
    /// </summary>
    public static RelatedOptions FitFrom(
        IReadOnlyList<FitQuery> queries, IReadOnlyList<RelatedOptions> starts, Action<string>? progress = null, Func<RelatedOptions, bool>? acceptable = null)
    {
        ArgumentNullException.ThrowIfNull(starts);
        RelatedOptions? best = null;
        var bestScore = double.MinValue;
        for (var i = 0; i < starts.Count; i++)
        {
            var fitted = Fit(queries, starts[i], line => progress?.Invoke($"start {i + 1}, {line}"), acceptable);
            var score = acceptable is null || acceptable(fitted) ? Objective(queries, fitted) : double.NegativeInfinity;
            if (best is null || score > bestScore + 1e-9)
            {
                best = fitted;
                bestScore = score;
            }
        }

        return best ?? throw new ArgumentException("At least one start is needed.", nameof(starts));
    }

    /// <summary>Mean over the sets of each set's P@5 under <paramref name="options"/>, less its shortfall below the set's TF-IDF baseline.</summary>
    public static double Objective(IReadOnlyList<FitQuery> queries, RelatedOptions options)
    {
        var baselines = BaselineBySet(queries);
        return PrecisionBySet(queries, options).Select(p => p.Value - Math.Max(0, baselines[p.Key] - p.Value)).DefaultIfEmpty(0).Average();
    }

    /// <summary>The TF-IDF baseline's P@5 per set (0 where not measured).</summary>
    public static IReadOnlyDictionary<string, double> BaselineBySet(IReadOnlyList<FitQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return queries.GroupBy(q => q.Dataset, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Average(q => q.Baseline), StringComparer.Ordinal);
    }

    /// <summary>P@5 per set: hits in the first five over five, a short list not rewarded for being short.</summary>
    public static IReadOnlyDictionary<string, double> PrecisionBySet(IReadOnlyList<FitQuery> queries, RelatedOptions options)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return queries.GroupBy(q => q.Dataset, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Average(q => Precision(q, options)), StringComparer.Ordinal);
    }

    public static double Precision(FitQuery query, RelatedOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        var ranked = RelatedBlend.Rank(query.Candidates, c => c.Signals, options, ListLength);
        return ranked.Count(r => query.Hits.Contains(r.Item.Id)) / (double)ListLength;
    }

    /// <summary>Splits queries by group into a fitting half and a held-out half: every article of one story lands on one side.</summary>
    public static (IReadOnlyList<FitQuery> Fit, IReadOnlyList<FitQuery> HeldOut) SplitByGroup(IReadOnlyList<FitQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var fit = new List<FitQuery>();
        var heldOut = new List<FitQuery>();
        foreach (var set in queries.GroupBy(q => q.Dataset, StringComparer.Ordinal))
        {
            // Groups in a fixed order, alternated: a stable split that keeps both halves alike in size and kind.
            var groups = set.Select(q => q.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var fitGroups = groups.Where((_, i) => i % 2 == 0).ToHashSet(StringComparer.Ordinal);
            foreach (var query in set)
            {
                (fitGroups.Contains(query.Group) ? fit : heldOut).Add(query);
            }
        }

        return (fit, heldOut);
    }

    private static IEnumerable<(string Name, float[] Grid, Func<RelatedOptions, float, RelatedOptions> With)> Coordinates()
    {
        yield return ("text", WeightGrid, (o, v) => o with { TextWeight = v });
        yield return ("cosine", WeightGrid, (o, v) => o with { CosineWeight = v });
        yield return ("phrases", WeightGrid, (o, v) => o with { PhraseWeight = v });
        yield return ("title", WeightGrid, (o, v) => o with { TitleWeight = v });
        yield return ("entities", EntityGrid, (o, v) => o with { EntityWeight = v });
        yield return ("semantic", WeightGrid, (o, v) => o with { SemanticWeight = v });
        yield return ("recency", RecencyGrid, (o, v) => o with { RecencyWeight = v });
        yield return ("years", RecencyGrid, (o, v) => o with { YearsWeight = v });
    }
}
