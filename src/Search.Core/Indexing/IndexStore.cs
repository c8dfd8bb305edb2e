using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>
/// The one owner of the Lucene index: the served generation's writer and searcher manager, full
/// rebuilds into a fresh folder swapped in atomically, and near-real-time single-article writes.
/// Everyone else borrows searchers through <see cref="Acquire"/>.
/// </summary>
public sealed class IndexStore : IDisposable
{
    private readonly IndexingOptions _options;
    private readonly ArticleDocumentBuilder _documents;
    private readonly ILogger<IndexStore> _logger;
    private readonly IndexFolders _folders;
    private readonly object _writeLock = new();
    private volatile IndexGeneration? _current;
    private bool _disposed;

    public IndexStore(IOptions<IndexingOptions> options, ArticleDocumentBuilder documents, ILogger<IndexStore> logger)
    {
        _options = options.Value;
        _documents = documents;
        _logger = logger;
        _folders = new IndexFolders(Path.GetFullPath(_options.IndexPath));
    }

    /// <summary>True once a committed index is being served.</summary>
    public bool IsReady => _current is not null;

    /// <summary>What the served generation's last commit says (fingerprint, size, build time).</summary>
    public IndexCommitInfo? Served => _current?.CommitInfo;

    public ArticleDocumentBuilder Documents => _documents;

    /// <summary>
    /// Opens the generation named by the pointer file, if it holds a commit, and removes leftovers of
    /// interrupted builds. Returns what it serves, or null when there is nothing to serve yet.
    /// </summary>
    public IndexCommitInfo? OpenExisting()
    {
        lock (_writeLock)
        {
            var folder = _folders.ReadCurrent();
            _folders.DeleteAllExcept(folder);
            if (folder is null || !IndexGeneration.HasCommit(folder))
            {
                return null;
            }

            var generation = IndexGeneration.Open(folder, create: false, _options.RamBufferMb);
            generation.StartSearching();
            Swap(generation);
            _logger.LogInformation("Serving index {Generation} with {Articles} articles", generation.Name, generation.CommitInfo?.Articles ?? generation.Writer.NumDocs);
            return generation.CommitInfo;
        }
    }

    /// <summary>
    /// Builds a complete new generation from <paramref name="articles"/> while the current one keeps
    /// serving, commits it with <paramref name="fingerprint"/>, then swaps it in atomically.
    /// </summary>
    public IndexCommitInfo Rebuild(IEnumerable<Article> articles, string fingerprint, CorpusReport report, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var folder = _folders.NewGenerationFolder();
        _logger.LogInformation("Building a new index generation in {Folder}", folder);
        var generation = IndexGeneration.Open(folder, create: true, _options.RamBufferMb);
        try
        {
            var threads = _options.IndexingThreads > 0 ? _options.IndexingThreads : Environment.ProcessorCount;
            var count = new IndexBuilder(_documents, _logger).Build(generation.Writer, articles, report, threads, cancel);
            var info = new IndexCommitInfo(fingerprint, count, DateTimeOffset.UtcNow);
            generation.Commit(info);
            generation.StartSearching();
            lock (_writeLock)
            {
                _folders.SetCurrent(folder);
                Swap(generation);
            }

            _logger.LogInformation("Swapped in index generation {Generation} ({Articles} articles)", generation.Name, count);
            return info;
        }
        catch
        {
            generation.Dispose();
            _folders.DeleteAllExcept(_current?.Folder);
            throw;
        }
    }

    /// <summary>Borrows a searcher on the served generation; dispose the lease to return it.</summary>
    public SearcherLease Acquire()
    {
        while (true)
        {
            var generation = _current ?? throw new IndexNotReadyException();
            try
            {
                return generation.Acquire();
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(generation, _current))
            {
                // A swap closed this generation between reading it and acquiring: use the new one.
            }
        }
    }

    private void Swap(IndexGeneration next)
    {
        var previous = _current;
        _current = next;
        if (previous is null || ReferenceEquals(previous, next))
        {
            return;
        }

        // Searches holding a lease on the old generation finish on it: Lucene keeps their reader open
        // until released, and on Linux unlinked files stay readable while open.
        previous.Dispose();
        var pending = _folders.DeleteAllExcept(next.Folder);
        if (pending > 0)
        {
            _logger.LogInformation("{Count} old index folders are still in use; they are removed on the next swap or start", pending);
        }
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _current?.Dispose();
            _current = null;
        }
    }
}
