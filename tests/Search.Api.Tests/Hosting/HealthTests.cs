using System.Net;
using Lucene.Net.Search;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Search.Api.Tests.Support;
using Search.Core.Indexing;

namespace Search.Api.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Live_is_up_and_ready_turns_200_once_the_index_is_built()
    {
        await using var factory = new SearchApiFactory();
        var client = await factory.ReadyClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Ready_stays_503_until_the_built_index_is_warmed()
    {
        var warmer = new GateWarmer();
        await using var factory = new SearchApiFactory();
        // The derived factory is disposed with its parent, which also waits for the index writer to close.
        var blocked = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IIndexWarmer>(warmer)));
        var client = blocked.CreateClient();

        Assert.True(warmer.Entered.Wait(TimeSpan.FromSeconds(30)), "the warm-up never started");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/api/search?q=kazakhstan")).StatusCode);

        warmer.Gate.Set();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!(await client.GetAsync("/health/ready")).IsSuccessStatusCode && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    /// <summary>A warmer that holds the first generation back until the test opens the gate.</summary>
    private sealed class GateWarmer : IIndexWarmer
    {
        public ManualResetEventSlim Entered { get; } = new();
        public ManualResetEventSlim Gate { get; } = new();

        public void Warm(IndexSearcher searcher, CancellationToken stop)
        {
            Entered.Set();
            Gate.Wait(TimeSpan.FromSeconds(60));
        }
    }

    [Fact]
    public async Task Before_the_first_build_ready_is_503_and_search_answers_503_problem()
    {
        await using var factory = new UnbuiltSearchApiFactory();
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        var search = await client.GetAsync("/api/search?q=kazakhstan");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
        Assert.Equal("application/problem+json", search.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_endpoints()
    {
        await using var factory = new SearchApiFactory();
        var client = factory.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/search", document);
        Assert.Contains("/api/suggest", document);
        Assert.Contains("/api/articles/{id}", document);
    }
}
