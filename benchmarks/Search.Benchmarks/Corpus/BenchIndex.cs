using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Search.Core.Analysis;
using Search.Core.Indexing;

namespace Search.Benchmarks.Corpus;

/// <summary>
/// A cached index opened twice: through our <see cref="IndexStore"/>, and as a plain Lucene
/// <see cref="IndexSearcher"/> (BM25 with the same k1/b) on the same generation folder for the raw baselines.
/// </summary>
public sealed class BenchIndex : IDisposable
{
    private readonly NIOFSDirectory _rawDirectory;

    internal BenchIndex(IndexStore store, string root)
    {
        Store = store;
        var generation = File.ReadAllText(Path.Combine(root, "current")).Trim();
        // NIOFSDirectory, as the engine opens it: MMapDirectory in Lucene.Net 4.8 b17 pauses for GC (peers/README.md).
        _rawDirectory = new NIOFSDirectory(new DirectoryInfo(Path.Combine(root, generation)));
        RawReader = DirectoryReader.Open(_rawDirectory);
        RawSearcher = new IndexSearcher(RawReader) { Similarity = new BM25Similarity(LuceneSetup.DefaultK1, LuceneSetup.DefaultB) };
    }

    public IndexStore Store { get; }

    public DirectoryReader RawReader { get; }

    public IndexSearcher RawSearcher { get; }

    public void Dispose()
    {
        RawReader.Dispose();
        _rawDirectory.Dispose();
        Store.Dispose();
    }
}
