using Search.Core.Schema;

namespace Search.Core.Related;

/// <summary>
/// The re-rank's arithmetic, shared by the finder and the fitting command (so what is fitted is what is served):
/// the blend of the signals, then a greedy pick in which a version of a story already picked counts less.
/// </summary>
public static class RelatedBlend
{
    /// <summary>Bits apart under which two candidates count as versions of one story for diversity.</summary>
    private const int SameStoryDistance = 12;

    /// <summary>
    /// Wording (body, phrases and headline), names and meaning add up, and closeness in time (dates, and the years named) scales the sum. Returns the score
    /// and what each signal contributed to it (they add up to the score).
    /// </summary>
    public static (float Score, SignalContributions Contributions) Score(CandidateSignals signals, RelatedOptions options)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(options);
        var wording = options.TextWeight * signals.Text + options.CosineWeight * signals.Cosine + options.TitleWeight * signals.Title
            + options.PhraseWeight * signals.Phrases;
        var names = options.EntityWeight * signals.Entities;
        var meaning = options.SemanticWeight * signals.Semantic;
        var topical = wording + names + meaning;
        // Closeness in time: the dates' (recency) and the named years' (a year in common, or none) factors.
        var time = (1 - options.RecencyWeight + options.RecencyWeight * signals.Recency) * (1 - options.YearsWeight + options.YearsWeight * signals.Years);
        return (topical * time, new SignalContributions(wording * time, names * time, meaning * time, topical * (time - 1)));
    }

    /// <summary>
    /// Scores every item, then picks greedily up to <paramref name="count"/>: an item that looks like a version of one
    /// already picked (near-identical text) has its score cut by the redundancy penalty. Items scoring 0 are left out;
    /// ties keep the input order.
    /// </summary>
    public static IReadOnlyList<(T Item, float Score, SignalContributions Contributions)> Rank<T>(
        IEnumerable<T> items, Func<T, CandidateSignals> signals, RelatedOptions options, int count)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(options);
        var remaining = items
            .Select((item, order) => (Item: item, Signals: signals(item), Order: order, Scored: Score(signals(item), options)))
            .Where(c => c.Scored.Score > 0)
            .OrderByDescending(c => c.Scored.Score).ThenBy(c => c.Order)
            .ToList();
        var picked = new List<(T Item, float Score, SignalContributions Contributions)>(Math.Min(count, remaining.Count));
        var pickedHashes = new List<long>(count);
        while (remaining.Count > 0 && picked.Count < count)
        {
            var best = -1;
            var bestScore = float.MinValue;
            for (var i = 0; i < remaining.Count; i++)
            {
                var hash = remaining[i].Signals.Hash;
                var redundant = pickedHashes.Any(p => ContentSimHash.Distance(p, hash) <= SameStoryDistance);
                var score = redundant ? remaining[i].Scored.Score * options.RedundancyPenalty : remaining[i].Scored.Score;
                if (score > bestScore)
                {
                    best = i;
                    bestScore = score;
                }
            }

            var chosen = remaining[best];
            remaining.RemoveAt(best);
            var factor = chosen.Scored.Score > 0 ? bestScore / chosen.Scored.Score : 1;
            var c = chosen.Scored.Contributions;
            picked.Add((chosen.Item, bestScore, new SignalContributions(c.Text * factor, c.Entities * factor, c.Semantic * factor, c.Time * factor)));
            pickedHashes.Add(chosen.Signals.Hash);
        }

        return picked;
    }
}
