using System.Diagnostics;
using Search.Core.Articles;
using Search.Core.Entities;
using Xunit.Abstractions;

namespace Search.Core.Tests.Entities;

public sealed class EntityExtractorSpeedTests(ITestOutputHelper output)
{
    // Reports throughput rather than asserting it: timings on a shared 2-core box are not a spec.
    [Fact]
    public void Extracting_the_seed_piece_a_thousand_times_reports_its_speed()
    {
        var article = new Article
        {
            Id = "seed",
            Title = SeedArticle.Title,
            Body = SeedArticle.Body,
            Images = [new ArticleImage(SeedArticle.Caption, SeedArticle.Credit)],
        };
        var extractor = EntityExtractor.Default;
        var first = extractor.Extract(article);
        foreach (var entity in first)
        {
            output.WriteLine($"{entity.Weight:0.000} {entity.Id} \"{entity.Name}\" {entity.Kind}");
        }

        // Warm up so tiered JIT has settled before the timed loop.
        for (var i = 0; i < 200; i++)
        {
            extractor.Extract(article);
        }

        const int runs = 1000;
        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        for (var i = 0; i < runs; i++)
        {
            count += extractor.Extract(article).Count;
        }

        stopwatch.Stop();
        var words = SeedArticle.Body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        output.WriteLine($"{runs} extractions of a {words}-word article: {stopwatch.Elapsed.TotalMilliseconds:0} ms, "
            + $"{stopwatch.Elapsed.TotalMilliseconds * 1000 / runs:0} µs each");
        Assert.Equal(first.Count * runs, count);
    }
}
