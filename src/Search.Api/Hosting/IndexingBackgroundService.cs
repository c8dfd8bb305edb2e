using Search.Core.Indexing;

namespace Search.Api.Hosting;

/// <summary>
/// On start, brings the index in step with the corpus (open what is committed, rebuild only if the
/// corpus changed). A thin loop over the engine's <see cref="CorpusIndexer"/>; readiness follows the store.
/// </summary>
public sealed class IndexingBackgroundService(CorpusIndexer indexer, ILogger<IndexingBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await indexer.EnsureCurrentAsync(force: false, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // The service keeps running (live, not ready) so the failure is visible in /health/ready and the log.
            logger.LogError(ex, "Indexing the corpus failed");
        }
    }
}
