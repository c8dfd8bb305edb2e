using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Schema;
using Search.Lucene.Execution;
using Search.Lucene.Store;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Core.Indexing;

/// <summary>
/// One index folder with its writer and searcher manager. A rebuild makes a new generation and the
/// store swaps it in; the old one is disposed once it is no longer served.
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    private IndexGeneration(string folder, Directory directory, IndexWriter writer)
    {
        Folder = folder;
        Name = Path.GetFileName(folder);
        LuceneDirectory = directory;
        Writer = writer;
    }

    public string Folder { get; }
    public string Name { get; }
    public Directory LuceneDirectory { get; }
    public IndexWriter Writer { get; }
    public SearcherManager? Searchers { get; private set; }

    /// <summary>Opens (or creates) the index in <paramref name="folder"/> with our analysis and BM25.</summary>
    public static IndexGeneration Open(string folder, bool create, double ramBufferMb, bool memoryMapped = false, int residentPostingsMb = 0)
    {
        System.IO.Directory.CreateDirectory(folder);
        // The directory kind is chosen by benchmark (benchmarks/RESULTS.md, "Directory choice"), not by FSDirectory.Open's default.
        Directory directory = memoryMapped ? new MMapDirectory(new DirectoryInfo(folder)) : new PositionalReadDirectory(new DirectoryInfo(folder), residentPostingsMb * (1L << 20));
        try
        {
            var config = new IndexWriterConfig(LuceneSetup.Version, AnalyzerFactory.CreateIndexAnalyzer())
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
                Similarity = LuceneSetup.CreateSimilarity(),
                RAMBufferSizeMB = ramBufferMb,
            };
            return new IndexGeneration(folder, directory, new IndexWriter(directory, config));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public static bool HasCommit(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return false;
        }

        using var directory = new NIOFSDirectory(new DirectoryInfo(folder));
        return DirectoryReader.IndexExists(directory);
    }

    public IndexCommitInfo? CommitInfo =>
        IndexCommitInfo.FromUserData(Writer.CommitData ?? new Dictionary<string, string>());

    /// <summary>
    /// Live articles including unflushed adds and deletes (IndexWriter.NumDocs ignores buffered deletes,
    /// so a replaced or deleted article would be counted twice).
    /// </summary>
    public int LiveDocs()
    {
        if (Searchers is { } manager)
        {
            manager.MaybeRefreshBlocking();
            var searcher = manager.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                manager.Release(searcher);
            }
        }

        using var reader = DirectoryReader.Open(Writer, applyAllDeletes: true);
        return reader.NumDocs;
    }

    /// <summary>Starts serving near-real-time searchers from this generation's writer.</summary>
    public void StartSearching(SliceOptions slicing) => Searchers ??= new SearcherManager(Writer, applyAllDeletes: true, new Bm25SearcherFactory(slicing));

    public SearcherLease Acquire()
    {
        var manager = Searchers ?? throw new InvalidOperationException("This generation is not serving searches.");
        return new SearcherLease(manager, manager.Acquire(), Name);
    }

    public void Commit(IndexCommitInfo info)
    {
        Writer.SetCommitData(info.ToUserData());
        Writer.Commit();
    }

    /// <summary>
    /// False once the writer has closed itself after a failure it cannot recover from (Lucene closes a writer on a
    /// "tragic" error such as a full disk during a flush); the generation must then be reopened from its last commit.
    /// </summary>
    public bool WriterIsOpen
    {
        get
        {
            try
            {
                _ = Writer.HasUncommittedChanges();
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Reads every file of the last commit and checks Lucene's checksums (the codec footers, as AtomicReader.CheckIntegrity
    /// does): flipped bits in postings or stored fields show up here rather than as wrong answers. Reads the whole index.
    /// </summary>
    public void VerifyIntegrity()
    {
        using var reader = DirectoryReader.Open(LuceneDirectory);
        // Every file of the commit that ends in a codec footer (all that Lucene.Net 4.8 writes) is checked directly, much
        // faster than the codecs' own pass; should any file have none, the codecs check their files as before.
        var withoutFooter = reader.IndexCommit.FileNames.Count(file => !FooterChecksum.Verify(System.IO.Path.Combine(Folder, file)));
        if (withoutFooter == 0)
        {
            return;
        }

        foreach (var leaf in reader.Leaves)
        {
            leaf.AtomicReader.CheckIntegrity();
        }
    }

    /// <summary>Bytes of the index files in the folder (what <see cref="VerifyIntegrity"/> would read).</summary>
    public long SizeInBytes() => new DirectoryInfo(Folder).EnumerateFiles().Sum(f => f.Length);

    /// <summary>Closes without committing anything: for a generation that failed (a damaged index, a build that did not finish).</summary>
    public void Abandon()
    {
        try
        {
            Searchers?.Dispose();
            Writer.Rollback();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // Nothing of it is kept: whatever the writer could not close is released with the directory.
        }
        finally
        {
            LuceneDirectory.Dispose();
        }
    }

    public void Dispose()
    {
        Searchers?.Dispose();
        Writer.Dispose();
        LuceneDirectory.Dispose();
    }
}
