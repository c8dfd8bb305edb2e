using System.IO.Compression;
using System.Text.Json;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Synthetic;

namespace Search.Synthetic.Tests;

public sealed class NewsroomGeneratorTests
{
    private static readonly NewsroomGenerator Seed42 = new(42);

    private static readonly Lazy<Article[]> Sample = new(() => Seed42.Generate(3000).ToArray());

    [Fact]
    public void Same_seed_gives_byte_identical_articles()
    {
        var first = new NewsroomGenerator(7).Generate(300).Select(ArticleJson.Serialize).ToArray();
        var second = new NewsroomGenerator(7).Generate(300).Select(ArticleJson.Serialize).ToArray();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Thread_roots_are_earlier_articles_of_the_same_story()
    {
        var roots = Enumerable.Range(0, Sample.Value.Length).Select(i => Seed42.ThreadRoot(i)).ToArray();

        Assert.All(roots.Select((root, i) => (root, i)), r => Assert.InRange(r.root, 0, r.i));
        Assert.All(roots, root => Assert.Equal(root, Seed42.ThreadRoot(root)));
        var followUps = roots.Where((root, i) => root != i).Count();
        Assert.InRange(followUps, Sample.Value.Length / 5, Sample.Value.Length / 2);

        // A follow-up shares most of its named entities with the article that opened the thread.
        var shared = roots.Select((root, i) => (root, i)).Where(r => r.root != r.i).Take(50).Average(r =>
        {
            var follow = EntityExtractor.Default.Extract(Sample.Value[r.i]).Select(e => e.Id).ToHashSet();
            var first = EntityExtractor.Default.Extract(Sample.Value[r.root]).Select(e => e.Id).ToHashSet();
            return follow.Count == 0 ? 0 : (double)follow.Intersect(first).Count() / follow.Count;
        });
        Assert.True(shared > 0.5, $"follow-ups share {shared:P0} of their entities with the thread's first article");
    }

    [Fact]
    public void Article_at_an_index_is_the_same_alone_as_in_a_run()
    {
        var inRun = Sample.Value[1234];
        var alone = new NewsroomGenerator(42).Create(1234);

        Assert.Equal(ArticleJson.Serialize(inRun), ArticleJson.Serialize(alone));
        Assert.Equal("syn-0001235", alone.Id);
    }

    [Fact]
    public void Different_seeds_give_different_articles()
    {
        var seed43 = new NewsroomGenerator(43).Generate(100).ToArray();

        var sameBodies = seed43.Zip(Sample.Value).Count(pair => pair.First.Body == pair.Second.Body);
        Assert.Equal(0, sameBodies);
        Assert.NotEqual(Sample.Value.Take(100).Select(a => a.Title), seed43.Select(a => a.Title));
    }

    [Fact]
    public void Bodies_run_300_to_1500_words_around_600()
    {
        var words = Sample.Value.Take(500)
            .Select(a => a.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length)
            .Order()
            .ToArray();

        Assert.All(words, count => Assert.InRange(count, 300, 1500));
        Assert.InRange(words[words.Length / 2], 450, 800);
        Assert.True(words[^1] > 1000, $"the longest body has only {words[^1]} words; lengths should have a long tail");
    }

    [Fact]
    public void Publication_dates_spread_over_the_ten_years_before_November_2026()
    {
        var dates = Sample.Value.Select(a => a.PublishedAt!.Value).ToArray();

        Assert.All(dates, date => Assert.InRange(date, NewsroomGenerator.WindowStart, NewsroomGenerator.WindowEnd));
        Assert.True(dates.Max() - dates.Min() > TimeSpan.FromDays(9 * 365), "dates should cover most of the window");
        Assert.Equal(new DateTimeOffset(2016, 11, 1, 0, 0, 0, TimeSpan.Zero), NewsroomGenerator.WindowStart);
    }

    [Fact]
    public void Country_popularity_is_skewed_like_real_news()
    {
        var names = CountryGazetteer.All.Select(c => c.Name).ToHashSet();
        var counts = CountryGazetteer.All.ToDictionary(c => c.Name, _ => 0);
        foreach (var tag in Sample.Value.SelectMany(a => a.Tags).Where(names.Contains))
        {
            counts[tag]++;
        }

        var ordered = counts.Values.Order().ToArray();
        var median = Math.Max(1, ordered[ordered.Length / 2]);
        var top = counts.MaxBy(pair => pair.Value);
        Assert.True(top.Value >= 20 * median, $"top country {top.Key} in {top.Value} articles, median country in {median}");
        // Threads cluster articles, so the exact winner varies by seed; it is one of the big news countries.
        Assert.Contains(top.Key, new[] { "United States", "China", "Russia", "Ukraine" });
    }

    [Fact]
    public void About_a_third_of_articles_continue_an_earlier_story_thread()
    {
        // A thread keeps its main entities (topic, countries, protagonist, organisation), which are the tags.
        var threads = Sample.Value.GroupBy(a => string.Join("|", a.Tags)).ToArray();
        var inSharedThreads = threads.Where(t => t.Count() > 1).Sum(t => t.Count());
        var share = (double)inSharedThreads / Sample.Value.Length;

        Assert.InRange(share, 0.2, 0.75);
        Assert.True(threads.Length > Sample.Value.Length / 2, "most stories should be fresh");
        var longest = threads.MaxBy(t => t.Count())!;
        Assert.True(longest.Count() < Sample.Value.Length / 100, $"one thread holds {longest.Count()} articles; threads should stay small");
        Assert.True(longest.Select(a => a.PublishedAt).Distinct().Count() > 1, "follow-ups run on later dates");
    }

    [Fact]
    public void Articles_carry_sections_urls_bylines_and_credited_photos()
    {
        var articles = Sample.Value.Take(500).ToArray();

        Assert.All(articles, a =>
        {
            Assert.Matches("^syn-[0-9]{7}$", a.Id);
            Assert.Equal($"https://news.example.com/{a.Section}/{a.Id}", a.Url);
            Assert.NotEmpty(a.Authors);
            Assert.False(string.IsNullOrWhiteSpace(a.Summary));
            Assert.InRange(a.Images.Count, 0, 3);
        });
        var images = articles.SelectMany(a => a.Images).ToArray();
        Assert.Contains(images, i => i.Credit!.StartsWith("Reuters/", StringComparison.Ordinal));
        Assert.Contains(images, i => i.Credit == "Getty Images");
        Assert.True(articles.Select(a => a.Section).Distinct().Count() >= 6, "topics should spread over the sections");
    }

    [Fact]
    public void Writing_200_articles_to_jsonl_gz_reads_back_as_200_json_lines()
    {
        var path = Path.Combine(Path.GetTempPath(), $"syn-{Guid.NewGuid():N}.jsonl.gz");
        try
        {
            var written = CorpusFileWriter.Write(Seed42.Generate(200), path);

            using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            var ids = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                ids.Add(root.GetProperty("id").GetString()!);
                Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("body").GetString()));
            }

            Assert.Equal(200, written);
            Assert.Equal(200, ids.Count);
            Assert.Equal("syn-0000001", ids[0]);
            Assert.Equal(200, ids.Distinct().Count());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
