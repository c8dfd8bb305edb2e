using Lucene.Net.Search;

namespace Search.Lucene.Scoring;

/// <summary>
/// A collector that lets a scorer which can bound its scores (<see cref="Bm25Disjunction"/>) leave matches out once
/// the collector has counted all the matches it counts: from then on it only needs the ones that could still enter
/// its top hits. A scorer that cannot bound its scores just keeps collecting every match.
/// </summary>
public interface ISkippingCollector : ICollector
{
    /// <summary>True once every match the collector counts (for totals and facets) has been collected.</summary>
    bool CountingDone { get; }

    /// <summary>
    /// The score a later document has to beat to enter the top hits: the N-th best so far, or negative infinity
    /// until N have been collected. Once skipping, documents come in increasing order, so a later document with
    /// exactly this score loses the tie and need not be collected either.
    /// </summary>
    float MinCompetitiveScore { get; }

    /// <summary>
    /// Called by the scorer, once <see cref="CountingDone"/>, before it starts leaving out documents that cannot
    /// beat <see cref="MinCompetitiveScore"/>; from then on it hands documents over in increasing order.
    /// </summary>
    void StartSkipping();
}
