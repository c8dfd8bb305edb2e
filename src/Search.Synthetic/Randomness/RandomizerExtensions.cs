using Bogus;

namespace Search.Synthetic.Randomness;

internal static class RandomizerExtensions
{
    public static T Pick<T>(this Randomizer random, IReadOnlyList<T> items) => items[random.Number(0, items.Count - 1)];

    /// <summary>A log-normal draw: most values near the median, a long right tail (article lengths).</summary>
    public static double LogNormal(this Randomizer random, double median, double sigma)
    {
        // Box-Muller; 1 - Double() keeps the logarithm away from zero.
        var u1 = 1.0 - random.Double();
        var u2 = random.Double();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return median * Math.Exp(sigma * normal);
    }

    /// <summary>Index drawn by relative weights (e.g. [25, 45, 20, 10] for 0..3 images).</summary>
    public static int Weighted(this Randomizer random, ReadOnlySpan<int> weights)
    {
        var total = 0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var target = random.Number(0, total - 1);
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
