using Bogus;

namespace Search.Synthetic.Randomness;

/// <summary>
/// Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s, so a few items are
/// everywhere and the long tail is rare, the way names recur in real news.
/// </summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = total;
        }
    }

    public int Count => _cumulative.Length;

    public int Sample(Randomizer random)
    {
        var target = random.Double() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        // BinarySearch gives the complement of the first larger element when there is no exact hit.
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
