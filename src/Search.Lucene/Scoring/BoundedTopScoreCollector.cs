using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Lucene.Scoring;

/// <summary>
/// The top N hits by score, exactly as <see cref="TopScoreDocCollector"/> keeps them, while every match is also
/// counted and handed to <see cref="Counted"/> (facets, say) until <c>countLimit</c> of them have been; then a
/// scorer that can skip (<see cref="ISkippingCollector"/>) may leave out the documents that cannot enter the top N.
/// The top N stay exact: a document is only left out when its score cannot beat the N-th best collected before it.
/// <see cref="TotalHits"/> is then a lower bound (see <see cref="Skipped"/>), and <see cref="Counted"/> saw only the
/// first matches in the scorer's order.
/// </summary>
public sealed class BoundedTopScoreCollector<TCounted> : ISkippingCollector, ITopDocsCollector
    where TCounted : class, ICollector
{
    private readonly TopScoreDocCollector _top;
    private readonly int _countLimit;
    private readonly ScoreFloor _floor; // the N-th best score so far
    private Scorer? _scorer;

    /// <param name="numHits">How many top hits to keep.</param>
    /// <param name="countLimit">Matches counted exactly before skipping may start; int.MaxValue never skips.</param>
    /// <param name="counted">Also given every counted match; null for none.</param>
    public BoundedTopScoreCollector(int numHits, int countLimit, TCounted? counted)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(numHits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(countLimit, 1);
        _top = TopScoreDocCollector.Create(numHits, docsScoredInOrder: false);
        _floor = new ScoreFloor(numHits);
        _countLimit = countLimit;
        Counted = counted;
    }

    /// <summary>The collector that was handed every counted match.</summary>
    public TCounted? Counted { get; }

    /// <summary>Matches counted: all of them unless <see cref="Skipped"/>, else at least <c>countLimit</c>.</summary>
    public int TotalHits { get; private set; }

    /// <summary>True when the scorer started leaving out documents, so <see cref="TotalHits"/> is a lower bound.</summary>
    public bool Skipped { get; private set; }

    public bool CountingDone => TotalHits >= _countLimit;

    public float MinCompetitiveScore => _floor.Value;

    public bool AcceptsDocsOutOfOrder => Counted?.AcceptsDocsOutOfOrder ?? true;

    public void StartSkipping() => Skipped = true;

    public void SetScorer(Scorer scorer)
    {
        _scorer = scorer;
        _top.SetScorer(scorer);
        Counted?.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _top.SetNextReader(context);
        Counted?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        _top.Collect(doc);
        if (!Skipped)
        {
            TotalHits++;
            Counted?.Collect(doc);
        }

        _floor.Offer(_scorer!.GetScore());
    }

    public TopDocs GetTopDocs() => WithTotal(_top.GetTopDocs());

    public TopDocs GetTopDocs(int start) => WithTotal(_top.GetTopDocs(start));

    public TopDocs GetTopDocs(int start, int howMany) => WithTotal(_top.GetTopDocs(start, howMany));

    // Lucene's collector counted the skipping phase's documents too: the total is the counted matches.
    private TopDocs WithTotal(TopDocs top) => new(TotalHits, top.ScoreDocs, top.MaxScore);


}
