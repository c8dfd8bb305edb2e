using Search.Browser.Tests.Support;

namespace Search.Browser.Tests.Hosting;

/// <summary>CORS headers go to configured origins, on the four read endpoints only, and nowhere when none are configured.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CrossOriginTests(BrowserFixture fixture)
{
    private const string AllowOrigin = "Access-Control-Allow-Origin";

    private static readonly string[] ReadPaths =
    [
        $"/api/articles/{TestCorpus.KazakhstanId}/related?count=3",
        $"/api/articles/{TestCorpus.KazakhstanId}",
        "/api/search?q=putin",
        "/api/suggest?q=kaz",
    ];

    public static TheoryData<string> ReadEndpoints => new(ReadPaths);

    [Theory]
    [MemberData(nameof(ReadEndpoints))]
    public async Task An_allowed_origin_gets_CORS_headers_and_another_origin_gets_none(string path)
    {
        using var client = new HttpClient { BaseAddress = fixture.SearchBase };
        var allowed = fixture.Publisher.AllowedOrigin.GetLeftPart(UriPartial.Authority);

        using var ok = await GetWithOriginAsync(client, path, allowed);
        Assert.True(ok.IsSuccessStatusCode, $"{path}: {ok.StatusCode}");
        Assert.Equal(allowed, Assert.Single(ok.Headers.GetValues(AllowOrigin)));
        Assert.Contains("Origin", ok.Headers.Vary);

        using var refused = await GetWithOriginAsync(client, path, fixture.Publisher.OtherOrigin.GetLeftPart(UriPartial.Authority));
        Assert.True(refused.IsSuccessStatusCode);
        Assert.False(refused.Headers.Contains(AllowOrigin), $"{path} answered a non-allowed origin with {AllowOrigin}");
    }

    [Theory]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/")]
    public async Task Other_endpoints_send_no_CORS_headers_even_to_an_allowed_origin(string path)
    {
        using var client = new HttpClient { BaseAddress = fixture.SearchBase };
        using var response = await GetWithOriginAsync(client, path, fixture.Publisher.AllowedOrigin.GetLeftPart(UriPartial.Authority));
        Assert.True(response.IsSuccessStatusCode);
        Assert.False(response.Headers.Contains(AllowOrigin));
    }

    [Fact]
    public async Task With_no_origins_configured_no_response_carries_CORS_headers()
    {
        await using var host = new SearchHostFactory([]);
        await host.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        foreach (var path in ReadPaths)
        {
            using var response = await GetWithOriginAsync(client, path, fixture.Publisher.AllowedOrigin.GetLeftPart(UriPartial.Authority));
            Assert.True(response.IsSuccessStatusCode);
            Assert.False(response.Headers.Contains(AllowOrigin), path);
        }
    }

    private static Task<HttpResponseMessage> GetWithOriginAsync(HttpClient client, string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", origin);
        return client.SendAsync(request);
    }
}
