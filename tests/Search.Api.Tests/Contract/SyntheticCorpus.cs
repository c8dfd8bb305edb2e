using Search.Api.Tests.Support;
using Search.Core.Articles;
using Search.Synthetic;

namespace Search.Api.Tests.Contract;

/// <summary>
/// A seeded synthetic archive written to a temp folder, with what the synthetic snapshot's calls are
/// chosen from: its sections, authors and tags, most frequent first (ties in ordinal order), and any
/// article by index. The same seed and size give the same files and the same choices on every machine.
/// </summary>
internal sealed class SyntheticCorpus : IDisposable
{
    private readonly NewsroomGenerator _generator;

    private SyntheticCorpus(string root, NewsroomGenerator generator, int count)
    {
        Root = root;
        _generator = generator;
        Count = count;
    }

    public string Root { get; }

    public string CorpusFolder => Path.Combine(Root, "corpus");

    public int Count { get; }

    public IReadOnlyList<string> Sections { get; private set; } = [];

    public IReadOnlyList<string> Authors { get; private set; } = [];

    public IReadOnlyList<string> Tags { get; private set; } = [];

    public static SyntheticCorpus Write(int seed, int count)
    {
        var corpus = new SyntheticCorpus(Directory.CreateTempSubdirectory("api-snapshot").FullName, new NewsroomGenerator(seed), count);
        Directory.CreateDirectory(corpus.CorpusFolder);
        var sections = new Dictionary<string, int>(StringComparer.Ordinal);
        var authors = new Dictionary<string, int>(StringComparer.Ordinal);
        var tags = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = corpus._generator.Generate(count).Select(article =>
        {
            Tally(sections, article.Section is { } section ? [section] : []);
            Tally(authors, article.Authors);
            Tally(tags, article.Tags);
            return article;
        });
        // Plain JSON Lines: gzip would only add seconds to every run.
        CorpusFileWriter.Write(articles, Path.Combine(corpus.CorpusFolder, "synthetic.jsonl"));
        corpus.Sections = Ranked(sections);
        corpus.Authors = Ranked(authors);
        corpus.Tags = Ranked(tags);
        return corpus;
    }

    /// <summary>The article at <paramref name="index"/> (0-based), as written.</summary>
    public Article Article(int index) => _generator.Create(index);

    public void Dispose() => TempFolders.Delete(Root);

    private static void Tally(Dictionary<string, int> counts, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }
    }

    private static string[] Ranked(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToArray();
}
