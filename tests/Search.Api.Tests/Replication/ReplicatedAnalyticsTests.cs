using System.Net;
using Search.Api.Tests.Features.Analytics;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Replication;

/// <summary>
/// Replicated analytics on a real 3-node NATS JetStream cluster: each replica publishes its events to the shared analytics
/// stream and stores everyone's, so the editors' report on either replica counts the readers of both.
/// </summary>
[Collection(ReplicationCollection.Name)]
public sealed class ReplicatedAnalyticsTests
{
    [SkippableFact]
    public async Task Searches_and_clicks_on_either_replica_reach_the_report_on_both()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        var (onA, onB) = (replicas.OnA, replicas.OnB);

        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/api/search?q=putin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/search?q=putin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/search?q=qqzzyx")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await onA.BeaconAsync("""{"kind":"related-click","articleId":"a","position":1}""")).StatusCode);

        foreach (var client in new[] { onA, onB })
        {
            var report = await client.ReportWhenAsync(r => r.GetProperty("searches").GetInt64() == 3 && r.GetProperty("related").GetProperty("clicks").GetInt64() == 1);
            Assert.Equal(2, report.GetProperty("topQueries")[0].GetProperty("searches").GetInt64());
            Assert.Equal(1, report.GetProperty("zeroResultSearches").GetInt64());
        }
    }

    [SkippableFact]
    public async Task A_replica_started_later_reads_the_events_recorded_before_it_joined()
    {
        using var nats = NatsCluster.StartOrSkip();
        await using var a = new ReplicaHost(nats.Url, "a");
        var onA = await a.WriterAsync();
        await onA.GetAsync("/api/search?q=putin");
        await onA.ReportWhenAsync(r => r.GetProperty("searches").GetInt64() == 1);

        await using var b = new ReplicaHost(nats.Url, "b");
        var onB = await b.WriterAsync();

        var report = await onB.ReportWhenAsync(r => r.GetProperty("searches").GetInt64() == 1);
        Assert.Equal("putin", report.GetProperty("topQueries")[0].GetProperty("query").GetString());
    }
}
