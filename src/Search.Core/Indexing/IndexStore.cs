using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Schema;
using Search.Lucene.Execution;

namespace Search.Core.Indexing;

/// <summary>
/// The one owner of the Lucene index: the served generation's writer and searcher manager, full
/// rebuilds into a fresh folder swapped in atomically, and near-real-time single-article writes
/// (journaled first, so they survive restarts and rebuilds). Everyone else borrows searchers
/// through <see cref="Acquire"/>.
/// </summary>
public sealed class IndexStore : IDisposable
{
    private readonly IndexingOptions _options;
    private readonly SliceOptions _slicing;
    private readonly ArticleDocumentBuilder _documents;
    private readonly ILogger<IndexStore> _logger;
    private readonly IndexFolders _folders;
    private readonly WriteJournal _journal;
    private readonly object _writeLock = new();
    private readonly Timer _committer;
    private volatile IndexGeneration? _current;
    private bool _dirty;
    private bool _disposed;

    public IndexStore(IOptions<IndexingOptions> options, ArticleDocumentBuilder documents, ILogger<IndexStore> logger, SlicingOptions? slicing = null)
    {
        _options = options.Value;
        _slicing = (slicing ?? new SlicingOptions()).ToSliceOptions();
        _documents = documents;
        _logger = logger;
        _folders = new IndexFolders(Path.GetFullPath(_options.IndexPath));
        _journal = new WriteJournal(_folders.Root, logger);
        _committer = new Timer(_ => CommitIfDirty(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>True once a committed index is being served.</summary>
    public bool IsReady => _current is not null;

    /// <summary>What the served generation's last commit says (fingerprint, size, build time, journal position).</summary>
    public IndexCommitInfo? Served => _current?.CommitInfo;

    /// <summary>
    /// Opens the generation named by the pointer file, if it holds a commit, applies API writes it has
    /// not committed yet, and removes leftovers of interrupted builds. Returns what it serves, or null.
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

            var generation = IndexGeneration.Open(folder, create: false, _options.RamBufferMb, _options.MemoryMapped, _options.ResidentPostingsMb);
            var info = generation.CommitInfo ?? new IndexCommitInfo("", generation.LiveDocs(), DateTimeOffset.MinValue);
            var end = Replay(generation, info.JournalOffset, null);
            if (end != info.JournalOffset)
            {
                generation.Commit(info with { Articles = generation.LiveDocs(), JournalOffset = end });
            }

            generation.StartSearching(_slicing);
            Swap(generation);
            _logger.LogInformation("Serving index {Generation} with {Articles} articles", generation.Name, generation.LiveDocs());
            return generation.CommitInfo;
        }
    }

    /// <summary>
    /// Builds a complete new generation from <paramref name="articles"/> plus the API journal while the
    /// current one keeps serving, commits it with <paramref name="fingerprint"/>, then swaps it in atomically.
    /// </summary>
    public IndexCommitInfo Rebuild(IEnumerable<Article> articles, string fingerprint, CorpusReport report, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var folder = _folders.NewGenerationFolder();
        _logger.LogInformation("Building a new index generation in {Folder}", folder);
        var generation = IndexGeneration.Open(folder, create: true, _options.RamBufferMb, _options.MemoryMapped, _options.ResidentPostingsMb);
        try
        {
            var threads = _options.IndexingThreads > 0 ? _options.IndexingThreads : Environment.ProcessorCount;
            new IndexBuilder(_documents, _logger).Build(generation.Writer, articles, report, threads, cancel);
            var replayed = Replay(generation, 0, null);
            lock (_writeLock)
            {
                // Writes that arrived during the build: apply them under the lock, so none falls between the generations.
                var end = Replay(generation, replayed, null);
                var info = new IndexCommitInfo(fingerprint, generation.LiveDocs(), DateTimeOffset.UtcNow, end);
                generation.Commit(info);
                generation.StartSearching(_slicing);
                _folders.SetCurrent(folder);
                Swap(generation);
                _logger.LogInformation("Swapped in index generation {Generation} ({Articles} articles)", generation.Name, info.Articles);
                return info;
            }
        }
        catch
        {
            generation.Dispose();
            _folders.DeleteAllExcept(_current?.Folder);
            throw;
        }
    }

    /// <summary>Inserts or replaces one article; searchable when this returns, durable (journaled) before it is applied.</summary>
    public void Upsert(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Write(new JournalEntry(JournalEntry.Put, article.Id, article));
    }

    /// <summary>Deletes one article by id; returns false if no such article was served.</summary>
    public bool Delete(string id)
    {
        using (var lease = Acquire())
        {
            if (ArticleLookup.FindWithDoc(lease.Searcher, id) is null)
            {
                return false;
            }
        }

        Write(new JournalEntry(JournalEntry.Delete, id, null));
        return true;
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

    private void Write(JournalEntry entry)
    {
        lock (_writeLock)
        {
            var generation = _current ?? throw new IndexNotReadyException();
            _journal.Append(entry);
            Apply(generation.Writer, entry);
            _dirty = true;
            generation.Searchers!.MaybeRefreshBlocking();
        }
    }

    private void Apply(IndexWriter writer, JournalEntry entry)
    {
        var key = new Term(ArticleFields.Id, entry.Id);
        if (entry is { Op: JournalEntry.Put, Article: { } article })
        {
            writer.UpdateDocument(key, _documents.Build(_documents.Prepare(article with { Id = entry.Id })));
        }
        else if (entry.Op == JournalEntry.Delete)
        {
            writer.DeleteDocuments(key);
        }
    }

    /// <summary>Applies journal entries from <paramref name="offset"/> to the generation; returns the offset reached.</summary>
    private long Replay(IndexGeneration generation, long offset, long? end)
    {
        var stop = end ?? _journal.Length;
        var entries = _journal.Read(offset, stop);
        foreach (var entry in entries)
        {
            Apply(generation.Writer, entry);
        }

        if (entries.Count > 0)
        {
            _logger.LogInformation("Applied {Count} API writes from the journal to {Generation}", entries.Count, generation.Name);
        }

        return stop;
    }

    /// <summary>API writes are journaled at once; the index commit that records them follows within a second.</summary>
    private void CommitIfDirty()
    {
        lock (_writeLock)
        {
            if (!_disposed)
            {
                CommitIfDirtyLocked();
            }
        }
    }

    private void Swap(IndexGeneration next)
    {
        var previous = _current;
        _current = next;
        _dirty = false;
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
        _committer.Dispose();
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }

            CommitIfDirtyLocked();
            _disposed = true;
            _current?.Dispose();
            _current = null;
        }
    }

    private void CommitIfDirtyLocked()
    {
        if (_dirty && _current is { } generation)
        {
            var info = generation.CommitInfo ?? new IndexCommitInfo("", 0, DateTimeOffset.UtcNow);
            generation.Commit(info with { Articles = generation.LiveDocs(), JournalOffset = _journal.Length });
            _dirty = false;
        }
    }
}
