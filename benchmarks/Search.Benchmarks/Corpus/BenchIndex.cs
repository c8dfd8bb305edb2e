using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Lucene.Store;

namespace Search.Benchmarks.Corpus;

/// <summary>
/// A cached index opened twice: through our <see cref="IndexStore"/>, and as a plain Lucene
/// <see cref="IndexSearcher"/> (BM25 with the same k1/b) on the same generation folder for the raw baselines.
/// </summary>
public sealed class BenchIndex : IDisposable
{
    private readonly FSDirectory _rawDirectory;

    internal BenchIndex(IndexStore store, string root)
    {
        Store = store;
        var generation = File.ReadAllText(Path.Combine(root, "current")).Trim();
        // NIOFSDirectory by default, what a plain Lucene.Net application would pick on Linux (MMapDirectory in
        // 4.8 b17 pauses for GC, peers/README.md); the engine's own directory on request, to separate the
        // I/O path from the engine's work in a comparison.
        var folder = new DirectoryInfo(Path.Combine(root, generation));
        _rawDirectory = BenchSettings.RawDirectory == "positional" ? new PositionalReadDirectory(folder) : new NIOFSDirectory(folder);
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
