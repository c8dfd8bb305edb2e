using System.Net;
using System.Net.Http.Json;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Infrastructure;

public sealed class ApiKeyFilterTests
{
    [Fact]
    public async Task Without_a_configured_key_the_write_endpoints_are_off()
    {
        await using var factory = new SearchApiFactory();
        var client = await factory.ReadyClientAsync();
        client.DefaultRequestHeaders.Add("X-Api-Key", "anything");

        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/articles/x", WriteApi.Volcano)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("/api/articles/x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/admin/reindex", null)).StatusCode);
    }

    [Fact]
    public async Task Missing_or_wrong_key_is_401()
    {
        await using var factory = new SearchApiFactory(apiKey: WriteApi.Key);
        var client = await factory.ReadyClientAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PutAsJsonAsync("/api/articles/x", WriteApi.Volcano)).StatusCode);
        var wrong = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/x") { Headers = { { "X-Api-Key", WriteApi.Key + "x" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/admin/reindex", null)).StatusCode);
    }
}
