using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Api.Tests.Support;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Replication;
using Xunit.Abstractions;

namespace Search.Api.Tests.Replication;

/// <summary>
/// Replicas fed by a real 3-node NATS JetStream cluster (nats-server processes on loopback), under the faults of issue
/// 14: no write that answered 2xx may be missing from any replica afterwards. Skipped only when nats-server is missing
/// outside CI; in CI they run (.ci/run installs it).
/// </summary>
[Collection(ReplicationCollection.Name)]
public sealed class ReplicationFaultTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Converge = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task A_write_through_one_replica_is_searchable_on_the_other_within_a_second()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        var (onA, onB) = (replicas.OnA, replicas.OnB);

        var put = await onA.PutAsJsonAsync("/api/articles/volcano-iceland", WriteApi.Volcano);
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(1, await onA.TotalAsync("Grindavik"));
        var seen = await TimeUntilAsync(async () => await onB.TotalAsync("Grindavik") == 1, TimeSpan.FromSeconds(1));
        output.WriteLine($"searchable on B {seen.TotalMilliseconds:0} ms after A answered");

        Assert.Equal(HttpStatusCode.NoContent, (await onB.DeleteAsync("/api/articles/volcano-iceland")).StatusCode);
        Assert.Equal(0, await onB.TotalAsync("Grindavik"));
        await TimeUntilAsync(async () => await onA.TotalAsync("Grindavik") == 0, TimeSpan.FromSeconds(1));
    }

    [SkippableFact]
    public async Task Killing_a_nats_node_during_2000_writes_loses_no_acknowledged_write()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        var (nats, a, b) = (replicas.Nats, replicas.A, replicas.B);
        var clients = new[] { replicas.OnA, replicas.OnB };
        // The node replica A is connected to: its clients must fail over, and it may lead the stream.
        var victim = int.Parse(a.Services.GetRequiredService<WriteStream>().ServerName!.TrimStart('n'), System.Globalization.CultureInfo.InvariantCulture);

        var writes = new ReplicaWrites(2000, callers: 8);
        var clock = Stopwatch.StartNew();
        await writes.RunAsync(i => clients[i % 2], i =>
        {
            if (i == 500)
            {
                nats.Kill(victim);
            }
        });
        output.WriteLine($"2000 writes in {clock.Elapsed.TotalSeconds:0.0} s: {writes.Acknowledged.Count} ids acknowledged, {writes.Failed} failed (node n{victim} killed at write 500)");

        await ConvergedAsync(a, b);
        Assert.Empty(writes.Wrong(IndexDigest.Of(a.Store)));
        Assert.Empty(writes.Wrong(IndexDigest.Of(b.Store)));
        Assert.Equal(IndexDigest.Total(IndexDigest.Of(a.Store)), IndexDigest.Total(IndexDigest.Of(b.Store)));
        Assert.True(writes.Failed < 200, $"writes should go on after a node is lost; {writes.Failed} of 2000 failed");
    }

    [SkippableFact]
    public async Task A_replica_killed_during_writes_restarts_catches_up_and_ends_with_the_same_articles()
    {
        using var nats = NatsCluster.StartOrSkip();
        await using var a = new ReplicaHost(nats.Url, "a");
        var folder = Path.Combine(Path.GetTempPath(), "search-api-tests", Guid.NewGuid().ToString("N"));
        using var b = new ReplicaProcess(nats.Url, "b", folder);
        try
        {
            b.Start();
            await b.WaitReadyAsync(TimeSpan.FromSeconds(90));
            var onA = await a.WriterAsync();

            var writes = new ReplicaWrites(1500, callers: 8);
            await writes.RunAsync(_ => onA, i =>
            {
                if (i == 400)
                {
                    b.Kill();
                }
                else if (i == 900)
                {
                    b.Start();
                }
            });
            await b.WaitReadyAsync(TimeSpan.FromSeconds(90));
            await TimeUntilAsync(async () => (await ReplicaHost.ReplicationHealthAsync(b.Client)).GetProperty("appliedSequence").GetInt64() >= a.Store.AppliedSequence, Converge);
            b.Kill();

            var onB = IndexDigest.OfFolder(folder);
            var onAll = IndexDigest.Of(a.Store);
            output.WriteLine($"A {onAll.Count} articles {IndexDigest.Total(onAll)}, B {onB.Count} articles {IndexDigest.Total(onB)}; {writes.Failed} writes failed");
            Assert.Empty(writes.Wrong(onAll));
            Assert.Equal(onAll.Keys.Order(StringComparer.Ordinal), onB.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(IndexDigest.Total(onAll), IndexDigest.Total(onB));
        }
        finally
        {
            b.Kill();
            TempFolders.Delete(folder);
        }
    }

    [SkippableFact]
    public async Task A_replica_started_after_5000_writes_converges_and_so_does_one_wiped_and_restarted()
    {
        using var nats = NatsCluster.StartOrSkip();
        await using var a = new ReplicaHost(nats.Url, "a");
        await a.WriterAsync();

        // Published as the API does (same stream, same acknowledgement) but many at once, to keep the test short.
        var clock = Stopwatch.StartNew();
        var published = await PublishAsync(nats.Url, 5000);
        await TimeUntilAsync(() => Task.FromResult(a.Store.AppliedSequence >= published.Max()), Converge);
        output.WriteLine($"5000 writes published and applied by A in {clock.Elapsed.TotalSeconds:0.0} s");

        var folder = Path.Combine(Path.GetTempPath(), "search-api-tests", Guid.NewGuid().ToString("N"));
        try
        {
            for (var start = 1; start <= 2; start++)
            {
                clock.Restart();
                await using (var b = new ReplicaHost(nats.Url, "b", folder))
                {
                    // Ready only once within Search:Replication:ReadyLagMessages (100) of the stream's end.
                    var ready = await FirstReadyAsync(b.CreateClient());
                    Assert.True(ready.GetProperty("appliedSequence").GetInt64() >= 5000 - 100, ready.ToString());
                    await ConvergedAsync(a, b);
                    output.WriteLine($"start {start}: B caught up with {b.Store.AppliedSequence} writes in {clock.Elapsed.TotalSeconds:0.0} s");
                    Assert.Equal(5009, IndexDigest.Of(b.Store).Count);
                    Assert.Equal(IndexDigest.Total(IndexDigest.Of(a.Store)), IndexDigest.Total(IndexDigest.Of(b.Store)));
                }

                // Wiped: the second start builds from the corpus and replays the stream from its start, though its consumer had gone further.
                TempFolders.Delete(folder);
            }
        }
        finally
        {
            TempFolders.Delete(folder);
        }
    }

    [SkippableFact]
    public async Task With_nats_unreachable_writes_answer_503_and_reads_are_still_served()
    {
        using var nats = NatsCluster.StartOrSkip();
        await using var a = new ReplicaHost(nats.Url, "a");
        var client = await a.WriterAsync();
        Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync("/api/articles/volcano-iceland", WriteApi.Volcano)).StatusCode);

        nats.KillAll();
        var put = await client.PutAsJsonAsync("/api/articles/flood", new { title = "Flood in Valencia", body = "Floodwater reached Paiporta." });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        Assert.Equal(503, (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.DeleteAsync("/api/articles/volcano-iceland")).StatusCode);
        Assert.Equal(0, await client.TotalAsync("Paiporta"));
        Assert.Equal(1, await client.TotalAsync("Grindavik"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/articles/kazakhstan-the-west-wing-in-a-g-zero-world")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    /// <summary>Publishes <paramref name="count"/> new stories straight to the stream, 64 at a time; returns their sequences.</summary>
    private static async Task<long[]> PublishAsync(string natsUrl, int count)
    {
        var options = Options.Create(new ReplicationOptions { NatsUrl = natsUrl, ReplicaId = "loader" });
        await using var stream = new WriteStream(options, NullLogger<WriteStream>.Instance);
        await stream.OpenAsync(CancellationToken.None);
        var sequences = new long[count];
        using var gate = new SemaphoreSlim(64);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var article = new Article { Id = $"loaded-{i}", Title = $"Harbour plan vote {i}", Body = $"The council voted {i % 7} to {i % 5} on the harbour plan." };
                sequences[i] = await stream.PublishAsync(new JournalEntry(JournalEntry.Put, article.Id, article), CancellationToken.None);
            }
            finally
            {
                gate.Release();
            }
        }));
        return sequences;
    }

    /// <summary>The replication data of the first 200 answer of /health/ready.</summary>
    private static async Task<JsonElement> FirstReadyAsync(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Converge)
        {
            using var response = await client.GetAsync("/health/ready");
            if (response.IsSuccessStatusCode)
            {
                return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetProperty("replication").GetProperty("data");
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The replica never turned ready.");
    }

    /// <summary>Both replicas have applied the same sequence and it stays put (the writes are over).</summary>
    private static async Task ConvergedAsync(ReplicaHost a, ReplicaHost b) =>
        await TimeUntilAsync(
            () => Task.FromResult(a.Store.AppliedSequence == b.Store.AppliedSequence && ReplicaLag(a) == 0 && ReplicaLag(b) == 0),
            Converge);

    private static long ReplicaLag(ReplicaHost host) => host.Services.GetRequiredService<ReplicaProgress>().Lag.Messages;

    private static async Task<TimeSpan> TimeUntilAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > within)
            {
                throw new TimeoutException($"The condition did not hold within {within.TotalSeconds} s.");
            }

            await Task.Delay(10);
        }

        return clock.Elapsed;
    }
}
