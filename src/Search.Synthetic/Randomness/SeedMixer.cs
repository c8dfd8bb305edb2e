namespace Search.Synthetic.Randomness;

/// <summary>
/// Derives independent seeds from (seed, index, purpose) so article i can be rebuilt on its own,
/// without replaying the i-1 articles before it.
/// </summary>
internal static class SeedMixer
{
    public const ulong ArticleStream = 0xA17C1E;
    public const ulong StoryStream = 0x5702E5;
    public const ulong PoolStream = 0x9001;

    public static int Mix(int seed, long index, ulong stream)
    {
        // SplitMix64 finaliser: neighbouring inputs give unrelated outputs.
        var z = ((ulong)(uint)seed << 32) ^ (ulong)index ^ (stream * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
