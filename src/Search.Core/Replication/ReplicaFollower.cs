using System.Text.Json;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using Search.Core.Articles;
using Search.Core.Indexing;

namespace Search.Core.Replication;

/// <summary>
/// Applies the stream to this replica's index, in stream order, from right after the sequence its index holds (0 on a
/// new or wiped replica, which built from the corpus first and now replays every write). Batches of what is waiting
/// are journaled with one fsync and made searchable with one refresh. A gap, a stall while the stream is ahead, a
/// reconnection or a failure recreates the consumer from the index's own position, so no write is skipped.
/// </summary>
public sealed class ReplicaFollower(WriteStream stream, IndexStore store, CorpusIndexer indexer, ReplicaProgress progress, ILogger<ReplicaFollower> logger)
{
    private const int MaxBatch = 256;

    /// <summary>Short pull expiries and heartbeats, so a pull left on a server that died is noticed within seconds.</summary>
    private static readonly NatsJSConsumeOpts Consume = new() { MaxMsgs = 1000, Expires = TimeSpan.FromSeconds(5), IdleHeartbeat = TimeSpan.FromSeconds(1) };
    private static readonly TimeSpan LookEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StallAfter = TimeSpan.FromSeconds(3);
    private bool _warnedBehind;

    /// <summary>Runs until <paramref name="stopping"/>: waits for the local index, then follows the stream, reconnecting as needed.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        using var gauges = new ReplicationGauges(progress);
        while (!store.IsReady)
        {
            await Task.Delay(100, stopping);
        }

        for (var failures = 0; !stopping.IsCancellationRequested;)
        {
            using var resync = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            Task? watch = null;
            void Reconnected()
            {
                try
                {
                    resync.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // This round is already over.
                }
            }

            try
            {
                await stream.OpenAsync(stopping);
                var from = store.AppliedSequence + 1;
                var consumer = await stream.FollowFromAsync(from, stopping);
                logger.LogInformation("Following the stream from sequence {Sequence}", from);
                watch = WatchAsync(resync);
                stream.Reconnected += Reconnected;
                failures = 0;
                await FollowAsync(consumer, resync.Token);

                // A gap, or a consume that ended: start again from the index's position, without spinning.
                await Task.Delay(100, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (OperationCanceledException)
            {
                logger.LogWarning("Recreating the consumer from sequence {Sequence}", store.AppliedSequence + 1);
            }
            catch (Exception ex)
            {
                progress.Disconnected();
                failures++;
                logger.LogWarning("Following the stream failed ({Reason}); retrying (attempt {Attempt})", ex.Message, failures);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(200 * failures, 2000)), stopping);
            }
            finally
            {
                stream.Reconnected -= Reconnected;
                await resync.CancelAsync();
                if (watch is not null)
                {
                    await watch.ContinueWith(_ => { }, TaskScheduler.Default);
                }
            }
        }
    }

    private async Task FollowAsync(INatsJSConsumer consumer, CancellationToken resync)
    {
        var batch = new List<JournalEntry>(MaxBatch);
        await foreach (var message in consumer.ConsumeAsync<byte[]>(opts: Consume, cancellationToken: resync))
        {
            var metadata = message.Metadata ?? throw new InvalidOperationException("A stream message came without its metadata.");
            var sequence = (long)metadata.Sequence.Stream;
            var expected = (batch.Count > 0 ? batch[^1].Sequence!.Value : store.AppliedSequence) + 1;
            if (sequence < expected)
            {
                continue;
            }

            if (sequence > expected)
            {
                // Something between was not delivered: never skip it, start again from what the index holds.
                logger.LogWarning("Stream sequence {Sequence} arrived while {Expected} was expected", sequence, expected);
                break;
            }

            batch.Add(Decode(message.Data, sequence));
            if (metadata.NumPending == 0 || batch.Count >= MaxBatch)
            {
                await ApplyAsync(batch, message, (long)metadata.NumPending);
                batch.Clear();
            }
        }
    }

    private async Task ApplyAsync(List<JournalEntry> batch, INatsJSMsg<byte[]> last, long pending)
    {
        foreach (var applied in store.ApplyReplicated(batch))
        {
            if (applied.Op == JournalEntry.Reindex)
            {
                logger.LogInformation("Rebuild requested through the stream (sequence {Sequence})", applied.Sequence);
                indexer.RequestRebuild(ex => logger.LogError(ex, "The rebuild requested through the stream failed; the previous index keeps serving"));
            }
        }

        progress.Advanced(store.AppliedSequence + pending);
        try
        {
            // Acknowledges the batch (ack policy "all"); a lost ack only means a redelivery, skipped by sequence.
            await last.AckAsync();
        }
        catch (Exception ex) when (ex is NATS.Client.Core.NatsException or TimeoutException)
        {
            logger.LogDebug("Acknowledging up to {Sequence} failed: {Reason}", store.AppliedSequence, ex.Message);
        }
    }

    /// <summary>Looks at the stream's end every second (lag for health) and recreates the consumer when it stalls behind it.</summary>
    private async Task WatchAsync(CancellationTokenSource resync)
    {
        var applied = store.AppliedSequence;
        var since = DateTime.UtcNow;
        while (!resync.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(LookEvery, resync.Token);
                var end = await stream.LastSequenceAsync(resync.Token);
                progress.Advanced(end, stream.Connected);
                if (end < store.AppliedSequence && !_warnedBehind)
                {
                    // The stream was deleted and recreated (or purged): its sequences no longer match this index's.
                    _warnedBehind = true;
                    logger.LogError(
                        "The stream ends at {End} but this replica has applied up to {Applied}: it was recreated or purged. New writes are not applied until the replica's index folder is wiped (it then rebuilds from the corpus and the new stream)",
                        end,
                        store.AppliedSequence);
                }

                if (store.AppliedSequence != applied || end <= applied)
                {
                    applied = store.AppliedSequence;
                    since = DateTime.UtcNow;
                }
                else if (DateTime.UtcNow - since > StallAfter)
                {
                    logger.LogWarning("No progress for {Seconds} s while the stream is at {End} and this replica at {Applied}", StallAfter.TotalSeconds, end, applied);
                    await resync.CancelAsync();
                }
            }
            catch (OperationCanceledException) when (resync.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                progress.Advanced(connected: stream.Connected);
                logger.LogDebug("Looking at the stream failed: {Reason}", ex.Message);
            }
        }
    }

    private JournalEntry Decode(byte[]? data, long sequence)
    {
        try
        {
            if (data is not null && JsonSerializer.Deserialize<JournalEntry>(data, ArticleJson.Options) is { Id.Length: > 0, Op: JournalEntry.Put or JournalEntry.Delete or JournalEntry.Reindex } entry)
            {
                return entry with { Sequence = sequence };
            }
        }
        catch (JsonException)
        {
            // Handled below like any message that holds no write.
        }

        // Only this service publishes on the subject; a message that is not a write is accounted for and passed over.
        logger.LogError("Stream message {Sequence} holds no write; it is passed over", sequence);
        return new JournalEntry(JournalEntry.Skip, "-", null, sequence);
    }
}
