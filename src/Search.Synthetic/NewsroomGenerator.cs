using Search.Core.Articles;
using Search.Synthetic.Newsroom;
using Search.Synthetic.Stories;
using Search.Synthetic.Writing;

namespace Search.Synthetic;

/// <summary>
/// The one seeded source of fake news articles (tests, benchmarks, load tests). Articles are
/// written around stories: real countries from the gazetteer, invented but stable people and
/// companies with Zipf-like popularity, and threads of follow-up coverage days apart. The same
/// seed gives the same articles byte for byte, and article i does not depend on how many are asked for.
/// </summary>
public sealed class NewsroomGenerator
{
    /// <summary>Publication dates fall in the ten years before this instant (fixed, so output never depends on today).</summary>
    public static readonly DateTimeOffset WindowEnd = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset WindowStart = WindowEnd.AddYears(-10);

    private readonly NewsroomPools _pools;
    private readonly StoryThreads _threads;
    private readonly StoryFactory _stories;

    public NewsroomGenerator(int seed)
    {
        Seed = seed;
        _pools = new NewsroomPools(seed);
        _threads = new StoryThreads(seed);
        _stories = new StoryFactory(_pools, seed);
    }

    public int Seed { get; }

    /// <summary>The id of the article at <paramref name="index"/> (0-based): <c>syn-0000001</c> for index 0.</summary>
    public static string IdFor(long index) => $"syn-{index + 1:D7}";

    /// <summary>
    /// The index of the first article of the story thread that article <paramref name="index"/> belongs to
    /// (itself when it starts one): articles with the same root are coverage of one story, the ground truth
    /// of the related-stories evaluation on synthetic archives.
    /// </summary>
    public long ThreadRoot(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return _threads.Locate(index, out _).Root;
    }

    /// <summary>Lazily yields articles 0..count-1; memory stays flat however large the count.</summary>
    public IEnumerable<Article> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Iterate(count);
    }

    /// <summary>The article at <paramref name="index"/>, identical to the one <see cref="Generate"/> yields there.</summary>
    public Article Create(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return Create(index, new ArticleComposer(_pools));
    }

    private IEnumerable<Article> Iterate(int count)
    {
        var composer = new ArticleComposer(_pools);
        for (long i = 0; i < count; i++)
        {
            yield return Create(i, composer);
        }
    }

    private Article Create(long index, ArticleComposer composer)
    {
        var position = _threads.Locate(index, out var random);
        var story = _stories.Create(position.Root);
        var publishedAt = PublicationDate(story.Start, position.OffsetSeconds);
        return composer.Compose(IdFor(index), story, position, publishedAt, new ArticleText(random, story, publishedAt));
    }

    private static DateTimeOffset PublicationDate(DateTimeOffset start, long offsetSeconds)
    {
        var date = start.AddSeconds(offsetSeconds);
        // A thread that would run past the window's end is told as earlier coverage instead.
        if (date >= WindowEnd)
        {
            date = start.AddSeconds(-offsetSeconds);
        }

        return date < WindowStart ? WindowStart : date;
    }
}
