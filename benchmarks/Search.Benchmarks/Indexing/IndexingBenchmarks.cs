using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Search.Benchmarks.Corpus;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Search.Benchmarks.Indexing;

/// <summary>
/// Indexing a fixed slice of the seeded corpus per operation; <c>Op/s</c> is articles per second and
/// <c>Allocated</c> is per article. OneThread: our document (entities, captions, vocabulary field,
/// doc values, stored JSON) against a plain StandardAnalyzer document, one thread each, in memory.
/// AllCores: the shipped <see cref="IndexStore.Rebuild"/> against a plain writer fed from every core, on disk.
/// </summary>
[MemoryDiagnoser]
[OperationsPerSecond]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class IndexingBenchmarks
{
    /// <summary>Articles per operation: a million per iteration would take BenchmarkDotNet hours.</summary>
    public const int Slice = 10_000;

    private static readonly FieldType RawBodyType = TextField.TYPE_NOT_STORED;

    private IReadOnlyList<Article> _articles = [];
    private ArticleDocumentBuilder _documents = null!;
    private double _ramBufferMb;
    private string? _folder;

    [GlobalSetup]
    public void Setup()
    {
        _articles = CorpusCache.Load(Slice);
        _documents = new ArticleDocumentBuilder(EntityExtractor.Default.Extract);
        // Both sides get the engine's RAM buffer, so flush and merge work is alike and the ratio is about documents.
        _ramBufferMb = new IndexingOptions().RamBufferMb;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Slice)]
    [BenchmarkCategory("OneThread")]
    public int RawStandardAnalyzer()
    {
        using var directory = new RAMDirectory();
        using (var writer = RawWriter(directory))
        {
            foreach (var article in _articles)
            {
                writer.AddDocument(RawDocument(article));
            }

            writer.Commit();
        }

        return Count(directory);
    }

    [Benchmark(OperationsPerInvoke = Slice)]
    [BenchmarkCategory("OneThread")]
    public int FullPipeline()
    {
        using var directory = new RAMDirectory();
        using (var writer = OurWriter(directory))
        {
            foreach (var article in _articles)
            {
                writer.AddDocument(_documents.Build(_documents.Prepare(article)));
            }

            writer.Commit();
        }

        return Count(directory);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Slice)]
    [BenchmarkCategory("AllCores")]
    public int RawAllCores()
    {
        _folder = NewFolder();
        using var directory = new NIOFSDirectory(new DirectoryInfo(_folder));
        using (var writer = RawWriter(directory))
        {
            Parallel.ForEach(_articles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, article => writer.AddDocument(RawDocument(article)));
            writer.Commit();
        }

        return Count(directory);
    }

    [Benchmark(OperationsPerInvoke = Slice)]
    [BenchmarkCategory("AllCores")]
    public int IndexStoreRebuild()
    {
        _folder = NewFolder();
        using var store = CorpusCache.NewStore(_folder);
        return store.Rebuild(_articles, "bench", new CorpusReport()).Articles;
    }

    [IterationCleanup]
    public void DeleteFolder()
    {
        if (_folder is not null && System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }

        _folder = null;
    }

    private IndexWriter RawWriter(LuceneDirectory directory) =>
        new(directory, new IndexWriterConfig(LuceneSetup.Version, new StandardAnalyzer(LuceneSetup.Version))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = _ramBufferMb,
        });

    // Configured as IndexGeneration configures the served writer.
    private IndexWriter OurWriter(LuceneDirectory directory) =>
        new(directory, new IndexWriterConfig(LuceneSetup.Version, AnalyzerFactory.CreateIndexAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            Similarity = LuceneSetup.CreateSimilarity(),
            RAMBufferSizeMB = _ramBufferMb,
        });

    private static Document RawDocument(Article article) =>
    [
        new StringField("id", article.Id, Field.Store.YES),
        new TextField("title", article.Title, Field.Store.NO),
        new Field("body", article.Body, RawBodyType),
    ];

    private static int Count(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    private static string NewFolder() =>
        Path.Combine(BenchSettings.CacheRoot, "scratch", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
}
