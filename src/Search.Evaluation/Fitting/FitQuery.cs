using Search.Core.Related;

namespace Search.Evaluation.Fitting;

/// <summary>
/// One query article of a labelled set, as the fitter sees it: its candidates with their signals (from
/// <see cref="RelatedFinder.Signals"/>), which of them are hits, and the group it belongs to (its event or topic),
/// so that the articles of one story are either all fitted on or all held out. <paramref name="Baseline"/> is the plain
/// TF-IDF cosine's P@5 on the same query (0 where not measured): the floor a fitted blend is held to.
/// </summary>
public sealed record FitQuery(
    string Dataset, string Id, string Group, IReadOnlyList<(string Id, CandidateSignals Signals)> Candidates, IReadOnlySet<string> Hits, double Baseline = 0);
