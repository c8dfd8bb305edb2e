using System.Net;
using Search.Api.Tests.Support;

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
