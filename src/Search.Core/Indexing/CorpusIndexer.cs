using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>
/// Keeps the served index in step with the corpus folder: opens what is committed, and rebuilds
/// (into a new generation, swapped in atomically) only when the corpus fingerprint changed.
/// </summary>
public sealed class CorpusIndexer(IndexStore store, IOptions<IndexingOptions> options, ILogger<CorpusIndexer> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Opens the committed index if there is one, then rebuilds if the corpus changed. Returns true if it rebuilt.</summary>
    public async Task<bool> EnsureCurrentAsync(bool force, CancellationToken cancel)
    {
        await _gate.WaitAsync(cancel);
        try
        {
            var corpus = options.Value.CorpusPath;
            var served = store.IsReady ? store.Served : store.OpenExisting();
            var fingerprint = CorpusFingerprint.Compute(corpus);
            if (!force && served is not null && served.Fingerprint == fingerprint)
            {
                logger.LogInformation("Corpus unchanged since the index was built at {BuiltAt}; no rebuild", served.BuiltAt);
                return false;
            }

            logger.LogInformation(
                "{Reason}: indexing {Files} corpus files from {Corpus}",
                force ? "Rebuild requested" : served is null ? "No index yet" : "Corpus changed",
                CorpusReader.Files(corpus).Count,
                Path.GetFullPath(corpus));
            var report = new CorpusReport();
            var reader = new CorpusReader(logger);
            await Task.Run(() => store.Rebuild(reader.Read(corpus, report), fingerprint, report, cancel), cancel);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
