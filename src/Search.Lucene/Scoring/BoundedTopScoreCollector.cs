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
    private readonly float[] _heap; // the N best scores so far, a min-heap: its root is the N-th best
    private int _size;
    private Scorer? _scorer;

    /// <param name="numHits">How many top hits to keep.</param>
    /// <param name="countLimit">Matches counted exactly before skipping may start; int.MaxValue never skips.</param>
    /// <param name="counted">Also given every counted match; null for none.</param>
    public BoundedTopScoreCollector(int numHits, int countLimit, TCounted? counted)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(numHits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(countLimit, 1);
        _top = TopScoreDocCollector.Create(numHits, docsScoredInOrder: false);
        _heap = new float[numHits];
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

    public float MinCompetitiveScore => _size == _heap.Length ? _heap[0] : float.NegativeInfinity;

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

        var score = _scorer!.GetScore();
        if (_size < _heap.Length)
        {
            _heap[_size++] = score;
            SiftUp(_size - 1);
        }
        else if (score > _heap[0])
        {
            _heap[0] = score;
            SiftDown(0);
        }
    }

    public TopDocs GetTopDocs() => WithTotal(_top.GetTopDocs());

    public TopDocs GetTopDocs(int start) => WithTotal(_top.GetTopDocs(start));

    public TopDocs GetTopDocs(int start, int howMany) => WithTotal(_top.GetTopDocs(start, howMany));

    // Lucene's collector counted the skipping phase's documents too: the total is the counted matches.
    private TopDocs WithTotal(TopDocs top) => new(TotalHits, top.ScoreDocs, top.MaxScore);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (_heap[parent] <= _heap[i])
            {
                return;
            }

            (_heap[parent], _heap[i]) = (_heap[i], _heap[parent]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var smallest = i;
            var left = (2 * i) + 1;
            if (left < _size && _heap[left] < _heap[smallest])
            {
                smallest = left;
            }

            if (left + 1 < _size && _heap[left + 1] < _heap[smallest])
            {
                smallest = left + 1;
            }

            if (smallest == i)
            {
                return;
            }

            (_heap[smallest], _heap[i]) = (_heap[i], _heap[smallest]);
            i = smallest;
        }
    }
}
