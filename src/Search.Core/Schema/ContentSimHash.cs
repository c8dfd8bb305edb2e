using System.Numerics;

namespace Search.Core.Schema;

/// <summary>
/// A 64-bit SimHash over word 3-shingles of the body: two copies of one story (syndicated under
/// another headline, lightly edited) land a few bits apart, different stories about 32 apart. The
/// headline is left out because syndication rewrites it; case and punctuation are ignored.
/// </summary>
public static class ContentSimHash
{
    /// <summary>Bit differences at or under this mean "the same story".</summary>
    public const int DuplicateDistance = 4;

    // The opening of a story identifies it; hashing further only costs index time.
    private const int MaxWords = 600;

    public static long Compute(string body)
    {
        Span<int> votes = stackalloc int[64];
        ulong w1 = 0, w2 = 0;
        var words = 0;
        foreach (var word in Words(body))
        {
            if (++words > MaxWords)
            {
                break;
            }

            if (words >= 3)
            {
                var shingle = Mix(w1 * 31 + w2 * 17 + word);
                for (var bit = 0; bit < 64; bit++)
                {
                    votes[bit] += (int)((shingle >> bit) & 1) * 2 - 1;
                }
            }

            w1 = w2;
            w2 = word;
        }

        ulong hash = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0)
            {
                hash |= 1UL << bit;
            }
        }

        return unchecked((long)hash);
    }

    public static int Distance(long a, long b) => BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    private static IEnumerable<ulong> Words(string text)
    {
        ulong hash = 14695981039346656037UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                yield return hash;
                hash = 14695981039346656037UL;
                inWord = false;
            }
        }

        if (inWord)
        {
            yield return hash;
        }
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb93e185a873bUL;
        return x ^ (x >> 33);
    }
}
