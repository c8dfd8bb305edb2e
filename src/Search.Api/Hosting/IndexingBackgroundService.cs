using Search.Core.Indexing;

namespace Search.Api.Hosting;

/// <summary>
/// On start, brings the index in step with the corpus (open what is committed, rebuild only if the
/// corpus changed). A thin loop over the engine's <see cref="CorpusIndexer"/>; readiness follows the store.
/// A failed first build (a full disk, a corpus folder not mounted yet) is retried with a growing pause.
/// </summary>
public sealed class IndexingBackgroundService(CorpusIndexer indexer, ILogger<IndexingBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await indexer.EnsureCurrentAsync(force: false, stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The service keeps running (live, not ready) so the failure is visible in /health/ready and the log.
                var pause = RetryPause.After(attempt);
                logger.LogError(ex, "Indexing the corpus failed (attempt {Attempt}); retrying in {Seconds} s", attempt, pause.TotalSeconds);
                await Task.Delay(pause, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
