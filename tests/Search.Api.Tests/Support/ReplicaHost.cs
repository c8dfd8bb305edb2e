using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Search.Core.Indexing;

namespace Search.Api.Tests.Support;

/// <summary>One replica in memory: the real host in replicated mode on the seed corpus, writes enabled, no sentence model (to keep tests quick).</summary>
public sealed class ReplicaHost(string natsUrl, string replicaId, string? indexPath = null) : SearchApiFactory(indexPath, WriteApi.Key)
{
    public string ReplicaId => replicaId;

    public IndexStore Store => Services.GetRequiredService<IndexStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Search:Replication:NatsUrl", natsUrl);
        builder.UseSetting("Search:Replication:ReplicaId", replicaId);
        builder.UseSetting("Search:Semantic:Enabled", "false");
    }

    /// <summary>A client sending the key, once /health/ready is 200 (index served and caught up with the stream).</summary>
    public Task<HttpClient> WriterAsync(TimeSpan? within = null) => this.AuthorizedClientAsync(within ?? TimeSpan.FromSeconds(60));

    /// <summary>The replication check's data in /health/ready.</summary>
    public static async Task<JsonElement> ReplicationHealthAsync(HttpClient client)
    {
        var health = await client.GetFromJsonAsync<JsonElement>("/health/ready");
        return health.GetProperty("checks").GetProperty("replication").GetProperty("data");
    }
}
