using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Replication;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Replication;

/// <summary>The lag a replica reports in /health/ready, and the wait of a write for its own sequence.</summary>
public sealed class ReplicaProgressTests
{
    [Fact]
    public void A_replica_is_caught_up_only_once_within_the_bound_and_its_lag_is_counted_in_writes_and_seconds()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());
        var clock = new ManualClock();
        var progress = new ReplicaProgress(index.Store, Options.Create(new ReplicationOptions { ReadyLagMessages = 2 }), clock);

        Assert.False(progress.Lag.CaughtUp);
        clock.Now += TimeSpan.FromSeconds(10);
        progress.Advanced(streamSequence: 5);
        Assert.Equal(5, progress.Lag.Messages);
        Assert.Equal(10, progress.Lag.Seconds);
        Assert.False(progress.Lag.CaughtUp);

        clock.Now += TimeSpan.FromSeconds(4);
        index.Store.ApplyReplicated([.. Enumerable.Range(1, 3).Select(Put)]);
        progress.Advanced();

        Assert.Equal(2, progress.Lag.Messages);
        Assert.Equal(14, progress.Lag.Seconds);
        Assert.True(progress.Lag.CaughtUp);
        index.Store.ApplyReplicated([Put(4), Put(5)]);
        progress.Advanced();
        Assert.Equal(0, progress.Lag.Messages);
        Assert.Equal(0, progress.Lag.Seconds);
    }

    [Fact]
    public async Task A_write_waits_for_its_sequence_and_answers_503_when_it_is_not_applied_in_time()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());
        var progress = new ReplicaProgress(index.Store, Options.Create(new ReplicationOptions()));

        var waiting = progress.WaitAppliedAsync(2, TimeSpan.FromSeconds(10), CancellationToken.None);
        index.Store.ApplyReplicated([Put(1), Put(2)]);
        progress.Advanced();
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<ReplicationUnavailableException>(() => progress.WaitAppliedAsync(3, TimeSpan.FromMilliseconds(100), CancellationToken.None));
        Assert.True(error.Recorded);
    }

    private static JournalEntry Put(int sequence) =>
        new(JournalEntry.Put, $"story-{sequence}", new Article { Id = $"story-{sequence}", Title = $"Story {sequence}", Body = "Reports from the scene." }, sequence);

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
