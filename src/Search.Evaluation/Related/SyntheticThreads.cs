using Search.Synthetic;

namespace Search.Evaluation.Related;

/// <summary>
/// Ground truth at a size no labeled set reaches: the synthetic newsroom writes follow-up coverage in threads
/// (one story: the same people, places and vocabulary, days apart), so an article's thread-mates are known
/// (<see cref="NewsroomGenerator.ThreadRoot"/>). Each article is labeled by its thread; an article alone in
/// its thread has no mate to find and is only a distractor.
/// </summary>
public static class SyntheticThreads
{
    /// <summary>Big enough for threads to form and for common words to be common, small enough to index in seconds.</summary>
    public const int DefaultSize = 10_000;

    public const int DefaultSeed = 42;

    /// <summary>The first <paramref name="size"/> articles of the seeded newsroom, each labeled by its thread.</summary>
    public static IReadOnlyList<LabeledNewsArticle> Generate(int size, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var generator = new NewsroomGenerator(seed);
        var roots = Roots(generator, size);
        var threadSizes = roots.CountBy(root => root).ToDictionary(kv => kv.Key, kv => kv.Value);
        return generator.Generate(size)
            .Select((article, i) => new LabeledNewsArticle(article, new HashSet<string>(StringComparer.Ordinal) { Label(roots[i]) }, threadSizes[roots[i]] == 1))
            .ToArray();
    }

    /// <summary>The thread root of each of the first <paramref name="size"/> articles: equal roots, one story.</summary>
    public static long[] Roots(NewsroomGenerator generator, int size)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var roots = new long[size];
        for (var i = 0; i < size; i++)
        {
            roots[i] = generator.ThreadRoot(i);
        }

        return roots;
    }

    /// <summary>The label of a thread: the id of the article that started it.</summary>
    public static string Label(long root) => "thread:" + NewsroomGenerator.IdFor(root);
}
