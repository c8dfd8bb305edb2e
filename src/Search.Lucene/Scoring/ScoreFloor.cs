namespace Search.Lucene.Scoring;

/// <summary>
/// The N best scores offered so far, kept as a min-heap whose root is the N-th best: the score a document must beat to
/// enter a top N, which a skipping scorer reads to leave out what cannot.
/// </summary>
internal sealed class ScoreFloor
{
    private readonly float[] _heap;
    private int _size;

    public ScoreFloor(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _heap = new float[count];
    }

    /// <summary>The N-th best score offered, or negative infinity until N scores have been.</summary>
    public float Value => _size == _heap.Length ? _heap[0] : float.NegativeInfinity;

    public void Offer(float score)
    {
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
