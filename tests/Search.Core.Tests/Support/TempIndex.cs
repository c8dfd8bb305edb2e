using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Semantics;

namespace Search.Core.Tests.Support;

/// <summary>A real Lucene index in a temporary folder, built from given articles; deleted on dispose.</summary>
public sealed class TempIndex : IDisposable
{
    public TempIndex(
        IEnumerable<Article> articles, Func<Article, IReadOnlyList<ArticleEntity>>? entities = null, Action<IndexingOptions>? configure = null, ArticleEmbedder? embedder = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "search-tests", Guid.NewGuid().ToString("N"));
        var options = new IndexingOptions { IndexPath = Folder, RamBufferMb = 16 };
        configure?.Invoke(options);
        Options = Microsoft.Extensions.Options.Options.Create(options);
        Store = new IndexStore(Options, new ArticleDocumentBuilder(entities ?? EntityExtractor.Default.Extract, embedder), NullLogger<IndexStore>.Instance);
        Store.Rebuild(articles, "test", new CorpusReport());
    }

    public string Folder { get; }
    public IOptions<IndexingOptions> Options { get; }
    public IndexStore Store { get; }

    /// <summary>The nine stories of the seed page, as shipped in index/corpus.</summary>
    public static IReadOnlyList<Article> SeedArticles() =>
        new CorpusReader(NullLogger.Instance).Read(TestPaths.SeedCorpus, new CorpusReport()).ToList();

    /// <summary>Twenty short market reports sharing no story word with the related tests' articles, so their terms have an idf.</summary>
    public static IEnumerable<Article> Filler() =>
        Enumerable.Range(0, 20).Select(i => new Article { Id = $"filler-{i}", Title = $"Markets day {i}", Body = $"Shares traded{i} quietly as investors{i % 4} waited for the central bank." });

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
