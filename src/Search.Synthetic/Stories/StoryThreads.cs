using Bogus;
using Search.Synthetic.Randomness;

namespace Search.Synthetic.Stories;

/// <summary>
/// Decides which articles continue earlier coverage. Each article's first draws say whether it
/// follows an earlier article (about a third do) and how many days later; following those links
/// back reaches the thread's root, whose seed fixes the story. No state is kept between articles,
/// so article i is the same whether it is generated alone or as part of a million.
/// </summary>
internal sealed class StoryThreads(int seed)
{
    /// <summary>Share of articles that continue an earlier thread rather than start a fresh one.</summary>
    public const double ContinueProbability = 1.0 / 3.0;

    // How far back a follow-up may reach: a few weeks of output at a million articles over ten years.
    private const int MaxLookBack = 3000;

    /// <summary>Opens article <paramref name="index"/>'s random stream and reads its place in a thread.</summary>
    public ThreadPosition Locate(long index, out Randomizer articleRandom)
    {
        articleRandom = Open(index);
        var link = ReadLink(articleRandom, index);
        var root = index;
        var offsetSeconds = 0L;
        while (link.Parent >= 0)
        {
            offsetSeconds += link.DelaySeconds;
            root = link.Parent;
            link = ReadLink(Open(root), root);
        }

        return new ThreadPosition(root, offsetSeconds);
    }

    private Randomizer Open(long index) => new(SeedMixer.Mix(seed, index, SeedMixer.ArticleStream));

    // Always draws the same three numbers, so the rest of the article's stream does not depend on the outcome.
    private static (long Parent, long DelaySeconds) ReadLink(Randomizer random, long index)
    {
        var follows = random.Double() < ContinueProbability;
        var back = random.Number(0, MaxLookBack - 1);
        var delaySeconds = random.Number(6 * 3600, 6 * 86400);
        // The modulo keeps early articles' parents spread over what exists, instead of piling onto article 0.
        return follows && index > 0 ? (index - 1 - back % Math.Min(index, MaxLookBack), delaySeconds) : (-1, 0);
    }
}
