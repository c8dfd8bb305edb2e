using Search.Core.Replication;

namespace Search.Api.Hosting;

/// <summary>Replicated mode: follows the write stream into this replica's index (a thin loop over the engine's <see cref="ReplicaFollower"/>).</summary>
public sealed class ReplicationBackgroundService(ReplicaFollower follower) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await follower.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
