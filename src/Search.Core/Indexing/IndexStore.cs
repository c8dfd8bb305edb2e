using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Diagnostics;
using Search.Core.Schema;
using Search.Lucene.Execution;

namespace Search.Core.Indexing;

/// <summary>
/// The one owner of the Lucene index: the served generation's writer and searcher manager, full
/// rebuilds into a fresh folder swapped in atomically, and near-real-time single-article writes
/// (journaled first, so they survive restarts and rebuilds). Everyone else borrows searchers
/// through <see cref="Acquire"/>. Faults are contained here: a damaged generation is set aside and the
/// previous good one served while a rebuild is asked for (<see cref="RecoveryNeeded"/>), a failed commit
/// (a full disk) keeps the writes in the journal and is retried, and a writer Lucene closed is reopened.
/// </summary>
public sealed class IndexStore : IDisposable
{
    /// <summary>Indexes up to this size are checksum-verified before they are served; larger ones right after.</summary>
    private const long VerifyBeforeServingBytes = 256L << 20;

    private static readonly string[] DamageMessages = ["checksum failed", "codec footer", "codec header", "read past EOF", "file mismatch", "corrupt"];

    private readonly IndexingOptions _options;
    private readonly SliceOptions _slicing;
    private readonly ArticleDocumentBuilder _documents;
    private readonly ILogger<IndexStore> _logger;
    private readonly IndexFolders _folders;
    private readonly WriteJournal _journal;
    private readonly JournalApplier _applier;
    private readonly Func<IEnumerable<IIndexWarmer>>? _warmers;
    private readonly object _writeLock = new();
    private readonly Timer _committer;
    private readonly IndexGauges _gauges;
    private volatile IndexGeneration? _current;
    private bool _dirty;
    private bool _disposed;
    private string? _writeError;
    private int _setAside;
    private int _verifying;
    private long _appliedSequence;

    /// <param name="warmers">
    /// Resolved each time a generation is about to be served (so they may depend on services that depend on this
    /// store); each runs on the new generation before it is swapped in or, at start, before the store is ready.
    /// Null serves generations cold (tests, benchmarks that measure a cold engine).
    /// </param>
    public IndexStore(
        IOptions<IndexingOptions> options, ArticleDocumentBuilder documents, ILogger<IndexStore> logger, SlicingOptions? slicing = null, Func<IEnumerable<IIndexWarmer>>? warmers = null)
    {
        _options = options.Value;
        _slicing = (slicing ?? new SlicingOptions()).ToSliceOptions();
        _documents = documents;
        _logger = logger;
        _folders = new IndexFolders(Path.GetFullPath(_options.IndexPath));
        _journal = new WriteJournal(_folders.Root, logger);
        _applier = new JournalApplier(_journal, documents, logger);
        _warmers = warmers;
        _committer = new Timer(_ => CommitIfDirty(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        _gauges = new IndexGauges(this);
    }

    /// <summary>Raised (with the reason) when the served index was found damaged: the corpus indexer rebuilds on it.</summary>
    public event Action<string>? RecoveryNeeded;

    /// <summary>True once a committed index is being served.</summary>
    public bool IsReady => _current is not null;

    /// <summary>What the served generation's last commit says (fingerprint, size, build time, journal position).</summary>
    public IndexCommitInfo? Served => _current?.CommitInfo;

    /// <summary>
    /// Replicated mode: the last stream sequence this index holds (its journal has it, so it is searchable now or after
    /// a restart's replay); 0 on a single node or a replica that has applied nothing from the stream.
    /// </summary>
    public long AppliedSequence => Interlocked.Read(ref _appliedSequence);

    public IndexHealth Health => new(Volatile.Read(ref _writeError) is not null, Volatile.Read(ref _writeError), _journal.DamagedRecords, _journal.Quarantined, Volatile.Read(ref _setAside));

    /// <summary>
    /// Opens the current generation, or when it is missing or damaged the previous good one (then any other that
    /// opens), applies API writes it has not committed yet, and removes leftovers of interrupted builds. A damaged
    /// generation is set aside, never deleted. Returns what it serves, or null when nothing committed opens.
    /// </summary>
    public IndexCommitInfo? OpenExisting()
    {
        lock (_writeLock)
        {
            var current = _folders.ReadCurrent();
            foreach (var folder in _folders.Candidates())
            {
                if (!IndexGeneration.HasCommit(folder))
                {
                    continue;
                }

                if (TryOpen(folder) is not { } generation)
                {
                    continue;
                }

                if (current is null || !string.Equals(Path.GetFullPath(folder), Path.GetFullPath(current), StringComparison.Ordinal))
                {
                    _logger.LogWarning("Serving {Generation}, not the generation named current ({Current}); a rebuild is requested", generation.Name, current ?? "none");
                    _folders.SetCurrent(folder, keepReplacedAsPrevious: false);
                    _folders.ClearPrevious();
                    RequestRecovery($"the current generation ({current ?? "none"}) did not open");
                }

                Swap(generation, keepPrevious: _folders.ReadPrevious());
                _logger.LogInformation("Serving index {Generation} with {Articles} articles", generation.Name, generation.LiveDocs());
                return generation.CommitInfo;
            }

            _folders.DeleteAllExcept(_folders.Candidates().Where(IndexGeneration.HasCommit).ToArray());
            return null;
        }
    }

    /// <summary>
    /// Builds a complete new generation from <paramref name="articles"/> plus the API journal while the
    /// current one keeps serving, commits it with <paramref name="fingerprint"/>, then swaps it in atomically;
    /// the generation it replaces is kept as the previous good one.
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
            long sequence = 0;
            var replayed = _applier.Replay(generation, 0, null, ref sequence);
            // Warmed outside the write lock, while the current generation still serves reads and takes writes.
            generation.StartSearching(_slicing);
            Warm(generation);
            lock (_writeLock)
            {
                // Writes that arrived during the build: apply them under the lock, so none falls between the generations.
                var end = _applier.Replay(generation, replayed, null, ref sequence);
                sequence = RaiseAppliedSequence(sequence);
                var info = new IndexCommitInfo(fingerprint, generation.LiveDocs(), DateTimeOffset.UtcNow, end, sequence);
                generation.Commit(info);
                generation.Searchers!.MaybeRefreshBlocking();
                var replaced = _current?.Folder;
                _folders.SetCurrent(folder);
                Swap(generation, keepPrevious: replaced);
                Volatile.Write(ref _writeError, null);
                _logger.LogInformation("Swapped in index generation {Generation} ({Articles} articles)", generation.Name, info.Articles);
                EngineTelemetry.Builds.Add(1, new KeyValuePair<string, object?>("outcome", "swapped"));
                return info;
            }
        }
        catch
        {
            EngineTelemetry.Builds.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
            generation.Abandon();
            _folders.DeleteAllExcept(_current?.Folder, _folders.ReadPrevious());
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
        if (!Contains(id))
        {
            return false;
        }

        Write(new JournalEntry(JournalEntry.Delete, id, null));
        return true;
    }

    /// <summary>Whether an article with <paramref name="id"/> is served now.</summary>
    public bool Contains(string id)
    {
        using var lease = Acquire();
        return ArticleLookup.FindWithDoc(lease.Searcher, id) is not null;
    }

    /// <summary>
    /// Replicated mode: applies stream writes in stream order, each journaled (one fsync for the batch) before it is
    /// applied and searchable when this returns; writes at or below <see cref="AppliedSequence"/> (a redelivery) are
    /// skipped. A reindex entry is only recorded here: the caller asks for the rebuild. Returns the entries applied.
    /// </summary>
    public IReadOnlyList<JournalEntry> ApplyReplicated(IReadOnlyList<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (_writeLock)
        {
            var fresh = entries.Where(e => e.Sequence > AppliedSequence).ToArray();
            if (fresh.Length > 0)
            {
                Write(fresh);
            }

            return fresh;
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

    /// <summary>
    /// A read hit what looks like damage in the served index (a checksum, format or missing-file error): the served
    /// generation's checksums are verified in the background, and if they fail it is set aside, the previous good one
    /// served if there is one, and a rebuild asked for. Verifying first means an error raised by a generation already
    /// replaced, or by a concurrent request, never condemns a good one. Returns true if <paramref name="error"/> looked like damage.
    /// </summary>
    public bool ReportCorruption(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!IsDamage(error))
        {
            return false;
        }

        if (_current is { } served && Interlocked.CompareExchange(ref _verifying, 1, 0) == 0)
        {
            _logger.LogError(error, "A read of {Generation} failed as a damaged index would; verifying its checksums", served.Name);
            _ = Task.Run(() =>
            {
                try
                {
                    VerifyInBackground(served);
                }
                finally
                {
                    Volatile.Write(ref _verifying, 0);
                }
            });
        }

        return true;
    }

    /// <summary>
    /// True for the errors a damaged index raises when opened or read (as opposed to a full disk or a bug). Lucene.Net
    /// reports a failed checksum or a mangled codec header as a plain IOException, so those are told by their message.
    /// </summary>
    public static bool IsDamage(Exception error) =>
        error is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException
            or FileNotFoundException or DirectoryNotFoundException
        || error is IOException && DamageMessages.Any(m => error.Message.Contains(m, StringComparison.OrdinalIgnoreCase))
        || error.InnerException is { } inner && IsDamage(inner);

    private IndexGeneration? TryOpen(string folder)
    {
        IndexGeneration? generation = null;
        try
        {
            generation = IndexGeneration.Open(folder, create: false, _options.RamBufferMb, _options.MemoryMapped, _options.ResidentPostingsMb);
            var verifyNow = generation.SizeInBytes() <= VerifyBeforeServingBytes;
            if (verifyNow)
            {
                generation.VerifyIntegrity();
            }

            var info = generation.CommitInfo ?? new IndexCommitInfo("", generation.LiveDocs(), DateTimeOffset.MinValue);
            var sequence = info.StreamSequence;
            var end = _applier.Replay(generation, info.JournalOffset, null, ref sequence);
            if (end != info.JournalOffset)
            {
                generation.Commit(info with { Articles = generation.LiveDocs(), JournalOffset = end, StreamSequence = sequence });
            }

            RaiseAppliedSequence(sequence);

            generation.StartSearching(_slicing);
            Warm(generation);
            if (!verifyNow)
            {
                BackgroundVerification = Task.Run(() => VerifyInBackground(generation));
            }

            return generation;
        }
        catch (Exception ex) when (IsDamage(ex) || ex is IOException || ex is LockObtainFailedException)
        {
            _logger.LogError(ex, "Index generation {Folder} did not open", folder);
            generation?.Abandon();
            if (IsDamage(ex))
            {
                SetAside(folder, ex);
            }

            return null;
        }
    }

    /// <summary>Runs the warmers on a generation not yet served; a warmer that fails leaves it served cold, never unserved.</summary>
    private void Warm(IndexGeneration generation)
    {
        if (_warmers is null || _options.WarmUpRounds == 0)
        {
            return;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(_options.WarmUpSeconds));
        using var lease = generation.Acquire();
        foreach (var warmer in _warmers())
        {
            try
            {
                warmer.Warm(lease.Searcher, budget.Token);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _logger.LogWarning(ex, "Warming {Generation} with {Warmer} failed; it is served without", generation.Name, warmer.GetType().Name);
            }
        }

        _logger.LogInformation("Warmed index generation {Generation} in {ElapsedMs} ms", generation.Name, clock.ElapsedMilliseconds);
    }

    /// <summary>
    /// The checksum verification of the last generation opened too large to verify before serving (it reads every byte of
    /// the index on one core); completed when there is none. Benchmarks wait for it so they do not time searches beside it.
    /// </summary>
    public Task BackgroundVerification { get; private set; } = Task.CompletedTask;

    private void VerifyInBackground(IndexGeneration generation)
    {
        try
        {
            generation.VerifyIntegrity();
            _logger.LogInformation("Index generation {Generation} passed its checksum verification", generation.Name);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            lock (_writeLock)
            {
                if (ReferenceEquals(_current, generation))
                {
                    SetAsideServed(generation, ex);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            _logger.LogWarning(ex, "Could not verify {Generation} (replaced or closed meanwhile)", generation.Name);
        }
    }

    /// <summary>Stops serving a damaged generation: the previous good one takes over if it opens; a rebuild is asked for either way.</summary>
    private void SetAsideServed(IndexGeneration damaged, Exception error)
    {
        _logger.LogError(error, "Index generation {Generation} is damaged; it is set aside", damaged.Name);
        var previous = _folders.ReadPrevious();
        var fallback = previous is not null && IndexGeneration.HasCommit(previous) ? TryOpen(previous) : null;
        _current = fallback;
        _dirty = false;
        damaged.Abandon();
        SetAside(damaged.Folder, error);
        if (fallback is not null)
        {
            _folders.SetCurrent(fallback.Folder, keepReplacedAsPrevious: false);
            _folders.ClearPrevious();
            _logger.LogWarning("Serving the previous good generation {Generation} until the rebuild is done", fallback.Name);
        }

        RequestRecovery($"generation {damaged.Name} is damaged: {error.Message}");
    }

    private void SetAside(string folder, Exception error)
    {
        if (_folders.SetAside(folder) is { } moved)
        {
            Interlocked.Increment(ref _setAside);
            _logger.LogError("Damaged index generation kept for inspection in {Folder} ({Reason})", moved, error.Message);
        }
    }

    private void RequestRecovery(string reason) => RecoveryNeeded?.Invoke(reason);

    private void Write(JournalEntry entry) => Write([entry]);

    private void Write(IReadOnlyList<JournalEntry> entries)
    {
        lock (_writeLock)
        {
            var generation = _current ?? throw new IndexNotReadyException();
            if (!generation.WriterIsOpen)
            {
                generation = Reopen(generation);
            }

            try
            {
                _journal.AppendAll(entries);
            }
            catch (JournalWriteException ex)
            {
                Volatile.Write(ref _writeError, ex.InnerException?.Message ?? ex.Message);
                throw;
            }

            try
            {
                foreach (var entry in entries)
                {
                    ApplyOne(generation, entry);
                    EngineTelemetry.Writes.Add(1, new KeyValuePair<string, object?>("op", entry.Op));
                }

                _dirty = true;
                generation.Searchers!.MaybeRefreshBlocking();

                // Only once searchable: a replicated write waiting for its sequence answers after this (read-your-writes).
                // Had applying failed, the follower would fetch the entries again (journaled twice: every entry is by id).
                RaiseAppliedSequence(entries.Max(e => e.Sequence ?? 0));
            }
            catch (IOException ex)
            {
                // Recorded in the journal but not yet searchable (the flush behind a refresh met a full disk): the
                // caller hears of a failure, and the entry is applied when the writer is reopened or the index rebuilt.
                Volatile.Write(ref _writeError, ex.Message);
                _dirty = true;
                throw;
            }
        }
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

    private void CommitIfDirtyLocked()
    {
        if (!_dirty || _current is not { } generation)
        {
            return;
        }

        try
        {
            var info = generation.CommitInfo ?? new IndexCommitInfo("", 0, DateTimeOffset.UtcNow);
            generation.Commit(info with { Articles = generation.LiveDocs(), JournalOffset = _journal.Length, StreamSequence = AppliedSequence });
            _dirty = false;
            if (Volatile.Read(ref _writeError) is not null)
            {
                _logger.LogInformation("Index commits succeed again");
                Volatile.Write(ref _writeError, null);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The writes are safe in the journal; the commit is retried every second and the writer reopened if Lucene closed it.
            if (Volatile.Read(ref _writeError) is null)
            {
                _logger.LogError(ex, "Committing the index failed; writes stay in the journal and the commit is retried");
            }

            Volatile.Write(ref _writeError, ex.Message);
            if (!generation.WriterIsOpen)
            {
                TryReopen(generation);
            }
        }
    }

    private void TryReopen(IndexGeneration generation)
    {
        try
        {
            Reopen(generation);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or LockObtainFailedException)
        {
            _logger.LogWarning("Reopening the index writer failed ({Reason}); retried with the next commit", ex.Message);
        }
    }

    /// <summary>A writer Lucene closed after a failure: reopen the generation from its last commit and replay the journal after it.</summary>
    private IndexGeneration Reopen(IndexGeneration closed)
    {
        closed.Abandon();
        var reopened = IndexGeneration.Open(closed.Folder, create: false, _options.RamBufferMb, _options.MemoryMapped, _options.ResidentPostingsMb);
        var info = reopened.CommitInfo ?? new IndexCommitInfo("", 0, DateTimeOffset.MinValue);
        var sequence = info.StreamSequence;
        var end = _applier.Replay(reopened, info.JournalOffset, null, ref sequence);
        RaiseAppliedSequence(sequence);
        reopened.StartSearching(_slicing);
        _current = reopened;
        _dirty = end != info.JournalOffset;
        _logger.LogWarning("Reopened index generation {Generation} from its last commit and replayed the journal", reopened.Name);
        return reopened;
    }

    private void ApplyOne(IndexGeneration generation, JournalEntry entry)
    {
        try
        {
            _applier.Apply(generation.Writer, entry);
        }
        catch (Exception ex) when (entry.Sequence is not null && generation.WriterIsOpen && ex is ArgumentException or InvalidOperationException or FormatException)
        {
            // A stream write Lucene refuses must not stop the ones after it; the next replay of the journal quarantines it.
            _logger.LogError(ex, "Stream write {Sequence} ({Op} {Id}) could not be applied", entry.Sequence, entry.Op, entry.Id);
        }
    }

    private long RaiseAppliedSequence(long sequence)
    {
        var seen = Interlocked.Read(ref _appliedSequence);
        while (sequence > seen)
        {
            var was = Interlocked.CompareExchange(ref _appliedSequence, sequence, seen);
            if (was == seen)
            {
                return sequence;
            }

            seen = was;
        }

        return seen;
    }

    private void Swap(IndexGeneration next, string? keepPrevious)
    {
        var previous = _current;
        _current = next;
        _dirty = false;
        if (previous is not null && !ReferenceEquals(previous, next))
        {
            // Searches holding a lease on the old generation finish on it: Lucene keeps their reader open
            // until released, and on Linux unlinked files stay readable while open.
            previous.Dispose();
        }

        var pending = _folders.DeleteAllExcept(next.Folder, keepPrevious);
        if (pending > 0)
        {
            _logger.LogInformation("{Count} old index folders are still in use; they are removed on the next swap or start", pending);
        }
    }

    public void Dispose()
    {
        _committer.Dispose();
        _gauges.Dispose();
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }

            CommitIfDirtyLocked();
            _disposed = true;
            try
            {
                _current?.Dispose();
            }
            catch (IOException ex)
            {
                // A full disk at shutdown: the journal holds every acknowledged write, the next start replays it.
                _logger.LogError(ex, "Closing the index failed; the next start replays the journal");
                _current?.Abandon();
            }

            _current = null;
        }
    }
}
