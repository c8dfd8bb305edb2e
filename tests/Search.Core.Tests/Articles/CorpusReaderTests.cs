using System.IO.Compression;
using System.Text;
using Search.Core.Articles;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Articles;

public sealed class CorpusReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corpus-tests").FullName;
    private readonly ListLogger _log = new();

    [Fact]
    public void Bad_lines_are_reported_with_file_and_line_and_the_rest_is_read()
    {
        File.WriteAllLines(Path.Combine(_folder, "a.jsonl"),
        [
            """{"id":"ok-1","title":"First","body":"Body one"}""",
            """{"id":"broken", "title": """,
            """{"title":"No id","body":"x"}""",
            """{"id":"no-title","body":"x"}""",
            """{"id":"no-body","title":"x"}""",
            """{"id":"bad-date","title":"x","body":"y","publishedAt":"yesterday-ish"}""",
            """{"id":"bad-type","title":"x","body":"y","authors":"not a list"}""",
            "",
            """{"id":"ok-2","title":"Second","body":"Body two","publishedAt":"2022-01-10T08:00:00Z","images":[{"caption":"c","credit":"Kremlin/EYEPRESS"}]}""",
        ]);

        var report = new CorpusReport();
        var articles = new CorpusReader(_log).Read(_folder, report).ToList();

        Assert.Equal(["ok-1", "ok-2"], articles.Select(a => a.Id));
        Assert.Equal(6, report.Skipped);
        Assert.Contains(_log.Messages, m => m.Contains("a.jsonl:2") && m.Contains("broken JSON"));
        Assert.Contains(_log.Messages, m => m.Contains("a.jsonl:3") && m.Contains("'id' is required"));
        Assert.Contains(_log.Messages, m => m.Contains("a.jsonl:4") && m.Contains("'title' is required"));
        Assert.Contains(_log.Messages, m => m.Contains("a.jsonl:5") && m.Contains("'body' is required"));
        Assert.Contains(_log.Messages, m => m.Contains("a.jsonl:6") && m.Contains("publishedAt"));
        Assert.Contains(_log.Messages, m => m.Contains("a.jsonl:7") && m.Contains("'authors' has the wrong type"));
        Assert.Equal(new DateTimeOffset(2022, 1, 10, 8, 0, 0, TimeSpan.Zero), articles[1].PublishedAt);
        Assert.Equal("Kremlin/EYEPRESS", articles[1].Images[0].Credit);
    }

    [Fact]
    public void Lines_against_the_article_rules_are_reported_with_file_and_line_and_skipped()
    {
        File.WriteAllLines(Path.Combine(_folder, "rules.jsonl"),
        [
            """{"id":"null-title","title":null,"body":"x"}""",
            """{"id":"world/europe/story","title":"t","body":"x"}""",
            $$"""{"id":"long-section","title":"t","body":"x","section":"{{new string('s', ArticleLimits.MaxSectionChars + 1)}}"}""",
            $$"""{"id":"long-author","title":"t","body":"x","authors":["{{new string('a', 40_000)}}"]}""",
            """{"id":"script-url","title":"t","body":"x","url":"javascript:alert(1)"}""",
            """{"id":"ok","title":"t","body":"x","section":"World"}""",
        ]);

        var report = new CorpusReport();
        var articles = new CorpusReader(_log).Read(_folder, report).ToList();

        Assert.Equal(["ok"], articles.Select(a => a.Id));
        Assert.Equal(5, report.Skipped);
        Assert.Contains(_log.Messages, m => m.Contains("rules.jsonl:1") && m.Contains("'title' is required"));
        Assert.Contains(_log.Messages, m => m.Contains("rules.jsonl:2") && m.Contains("'id' must be"));
        Assert.Contains(_log.Messages, m => m.Contains("rules.jsonl:3") && m.Contains("'section' is longer than"));
        Assert.Contains(_log.Messages, m => m.Contains("rules.jsonl:4") && m.Contains("'authors' entry 1 is longer than"));
        Assert.Contains(_log.Messages, m => m.Contains("rules.jsonl:5") && m.Contains("'url' must be"));
    }

    [Fact]
    public void Oversized_line_is_skipped_without_stopping_the_file()
    {
        var huge = $$"""{"id":"huge","title":"t","body":"{{new string('x', CorpusReader.MaxLineChars + 10)}}"}""";
        File.WriteAllText(Path.Combine(_folder, "big.jsonl"), huge + "\n" + """{"id":"after","title":"t","body":"b"}""" + "\n");

        var report = new CorpusReport();
        var articles = new CorpusReader(_log).Read(_folder, report).ToList();

        Assert.Equal(["after"], articles.Select(a => a.Id));
        Assert.Equal(1, report.Skipped);
        Assert.Contains(_log.Messages, m => m.Contains("big.jsonl:1") && m.Contains("longer than"));
    }

    [Fact]
    public void Gzip_files_are_read_and_corrupt_ones_are_reported_not_fatal()
    {
        var lines = string.Join("\n", Enumerable.Range(1, 2000).Select(i => $$"""{"id":"g-{{i}}","title":"Title {{i}}","body":"{{new string('b', 200)}} {{i}}"}""")) + "\n";
        var whole = Gzip(lines);
        File.WriteAllBytes(Path.Combine(_folder, "1-whole.jsonl.gz"), whole);
        File.WriteAllBytes(Path.Combine(_folder, "2-truncated.jsonl.gz"), whole[..(whole.Length / 2)]);
        File.WriteAllBytes(Path.Combine(_folder, "3-random.jsonl.gz"), Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251)).ToArray());
        File.WriteAllText(Path.Combine(_folder, "4-plain.jsonl"), """{"id":"plain","title":"t","body":"b"}""");

        var report = new CorpusReport();
        var articles = new CorpusReader(_log).Read(_folder, report).ToList();

        var gzipped = articles.Where(a => a.Id.StartsWith("g-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2000, gzipped.Select(a => a.Id).Distinct().Count());
        Assert.InRange(gzipped.Count, 2001, 3999);
        Assert.Contains(articles, a => a.Id == "plain");
        // GZipStream ends a truncated stream quietly: its cut last line is reported as a bad line.
        Assert.Contains(_log.Messages, m => m.Contains("2-truncated.jsonl.gz:") && m.Contains("broken JSON"));
        Assert.Contains(_log.Messages, m => m.Contains("3-random.jsonl.gz is unreadable"));
        Assert.Equal(1, report.FailedFiles);
        Assert.Equal(4, report.Files);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
