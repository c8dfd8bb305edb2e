using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>
/// Keeps the served index in step with the corpus folder: opens what is committed, and rebuilds
/// (into a new generation, swapped in atomically) only when the corpus content changed. Builds are
/// serialized; a cheap look at file names, sizes and times decides whether hashing is worth it.
/// </summary>
public sealed class CorpusIndexer
{
    private readonly IndexStore _store;
    private readonly IOptions<IndexingOptions> _options;
    private readonly ILogger<CorpusIndexer> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _lastLook;
    private int _building;
    private int _forceQueued;

    public CorpusIndexer(IndexStore store, IOptions<IndexingOptions> options, ILogger<CorpusIndexer> logger)
    {
        _store = store;
        _options = options;
        _logger = logger;
        // A damaged index is healed from the corpus and the journal, as a reindex request would.
        store.RecoveryNeeded += reason =>
        {
            logger.LogWarning("Rebuilding because {Reason}", reason);
            RequestRebuild(ex => logger.LogError(ex, "The recovery rebuild failed; the next check retries it"));
        };
    }

    /// <summary>Awaited as each check or build starts, inside the gate: tests hold a build here.</summary>
    internal Func<Task>? Starting { get; set; }

    /// <summary>True while a build is running.</summary>
    public bool IsBuilding => Volatile.Read(ref _building) == 1;

    /// <summary>Whether the corpus folder looks different (names, sizes, times) from the last time it was indexed or checked.</summary>
    public bool LooksChanged() => CorpusFingerprint.Look(_options.Value.CorpusPath) != Volatile.Read(ref _lastLook);

    /// <summary>
    /// Queues a full rebuild that starts after this call, whatever is running now, and returns at once.
    /// Requests that arrive while one is still waiting for its turn join it (they would build the same
    /// thing), so a burst of requests costs at most the running build plus one more. Returns false when
    /// the request joined one already queued. <paramref name="failed"/> hears of a build that throws.
    /// </summary>
    public bool RequestRebuild(Action<Exception> failed)
    {
        if (Interlocked.CompareExchange(ref _forceQueued, 1, 0) != 0)
        {
            return false;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await EnsureCurrentAsync(force: true, CancellationToken.None);
            }
            catch (Exception ex)
            {
                failed(ex);
            }
        }, CancellationToken.None);
        return true;
    }

    /// <summary>Opens the committed index if there is one, then rebuilds if the corpus changed (or <paramref name="force"/>). Returns true if it rebuilt.</summary>
    public async Task<bool> EnsureCurrentAsync(bool force, CancellationToken cancel)
    {
        await _gate.WaitAsync(cancel);
        Volatile.Write(ref _building, 1);
        if (force)
        {
            // From here on a new request needs a build of its own: this one may already have read the corpus.
            Volatile.Write(ref _forceQueued, 0);
        }

        try
        {
            if (Starting is { } starting)
            {
                await starting();
            }

            var corpus = _options.Value.CorpusPath;
            var look = CorpusFingerprint.Look(corpus);
            var served = _store.IsReady ? _store.Served : _store.OpenExisting();
            var fingerprint = CorpusFingerprint.Compute(corpus);
            if (!force && served is not null && served.Fingerprint == fingerprint)
            {
                Volatile.Write(ref _lastLook, look);
                _logger.LogInformation("Corpus unchanged since the index was built at {BuiltAt}; no rebuild", served.BuiltAt);
                return false;
            }

            _logger.LogInformation(
                "{Reason}: indexing {Files} corpus files from {Corpus}",
                force ? "Rebuild requested" : served is null ? "No index yet" : "Corpus changed",
                CorpusReader.Files(corpus).Count,
                Path.GetFullPath(corpus));
            var report = new CorpusReport();
            var reader = new CorpusReader(_logger);
            await Task.Run(() => _store.Rebuild(reader.Read(corpus, report), fingerprint, report, cancel), cancel);
            Volatile.Write(ref _lastLook, look);
            return true;
        }
        finally
        {
            Volatile.Write(ref _building, 0);
            _gate.Release();
        }
    }
}
