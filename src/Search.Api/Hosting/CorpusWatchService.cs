using Microsoft.Extensions.Options;
using Search.Core.Indexing;

namespace Search.Api.Hosting;

/// <summary>
/// Picks up new or changed corpus files without a restart: file-system events (and a slow poll, since
/// events can be lost on network and container file systems) trigger the same corpus check the start-up
/// service runs, once the folder has been quiet for a moment so half-copied files are not indexed.
/// </summary>
public sealed class CorpusWatchService(CorpusIndexer indexer, IndexStore store, IOptions<IndexingOptions> options, ILogger<CorpusWatchService> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var signal = new SemaphoreSlim(0);
        using var watcher = CreateWatcher(options.Value.CorpusPath, () => signal.Release());
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(Poll, stoppingToken);
                if (!store.IsReady || indexer.IsBuilding || !indexer.LooksChanged())
                {
                    continue;
                }

                await Task.Delay(Quiet, stoppingToken);
                while (signal.CurrentCount > 0)
                {
                    await signal.WaitAsync(stoppingToken);
                }

                await indexer.EnsureCurrentAsync(force: false, stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // A full disk fails every attempt alike: wait longer after each one instead of retrying every poll.
                var pause = RetryPause.After(++failures);
                logger.LogError(ex, "Re-indexing the changed corpus failed (attempt {Attempt}); the previous index keeps serving; next try in {Seconds} s", failures, pause.TotalSeconds);
                await Task.Delay(pause, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private static FileSystemWatcher? CreateWatcher(string path, Action changed)
    {
        if (!Directory.Exists(path))
        {
            return null;
        }

        var watcher = new FileSystemWatcher(path) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, _) => changed();
        watcher.Changed += (_, _) => changed();
        watcher.Renamed += (_, _) => changed();
        watcher.Deleted += (_, _) => changed();
        return watcher;
    }
}
