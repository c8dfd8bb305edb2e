using Search.Benchmarks.Corpus;
using Search.Synthetic;

namespace Search.Benchmarks.Related;

/// <summary>The articles whose related lists are asked for: 1,000 distinct ids drawn with the bench seed.</summary>
public static class RelatedSample
{
    public const int Count = 1_000;

    public static string[] Ids(int corpusSize)
    {
        var random = new Random(BenchSettings.Seed);
        var picked = new HashSet<int>();
        var count = Math.Min(Count, corpusSize);
        while (picked.Count < count)
        {
            picked.Add(random.Next(corpusSize));
        }

        return picked.Select(i => NewsroomGenerator.IdFor(i)).ToArray();
    }
}
