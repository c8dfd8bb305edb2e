using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Features.Analytics;

/// <summary>What <c>POST /api/events</c> refuses: unknown kinds, missing or stray fields, other shapes, big bodies, other media types.</summary>
[Collection(SeedApiCollection.Name)]
public sealed class RecordEventBoundsTests(SeedApiFixture api)
{
    [Theory]
    [InlineData("""{"kind":"search","articleId":"a"}""", "kind")]
    [InlineData("""{"kind":"page-view","articleId":"a"}""", "kind")]
    [InlineData("""{"articleId":"a","position":1}""", "kind")]
    [InlineData("""{"kind":"result-click","articleId":"a"}""", "position")]
    [InlineData("""{"kind":"result-click","articleId":"a","position":0}""", "position")]
    [InlineData("""{"kind":"result-click","articleId":"a","position":10001}""", "position")]
    [InlineData("""{"kind":"result-click","articleId":"../etc","position":1}""", "articleId")]
    [InlineData("""{"kind":"related-click","position":1}""", "articleId")]
    [InlineData("""{"kind":"related-view","articleId":"a"}""", "shown")]
    [InlineData("""{"kind":"related-view","articleId":"a","shown":1,"position":3}""", "position")]
    [InlineData("""{"kind":"related-click","articleId":"a","position":1,"query":"q"}""", "query")]
    [InlineData("""{"kind":"result-click","articleId":"a","position":1,"userId":"u-42"}""", "body")]
    [InlineData("""{"kind":"result-click","articleId":"a","position":"1"}""", "body")]
    [InlineData("""[{"kind":"result-click","articleId":"a","position":1}]""", "body")]
    [InlineData("""{"kind":""", "body")]
    [InlineData("null", "body")]
    public async Task A_bad_event_is_a_400_naming_the_field(string json, string field)
    {
        var response = await api.Client.BeaconAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_long_query_is_a_400_and_a_huge_body_a_413_declared_or_streamed()
    {
        var longQuery = await api.Client.BeaconAsync($$"""{"kind":"result-click","articleId":"a","position":1,"query":"{{new string('q', 1_001)}}"}""");
        Assert.Equal(HttpStatusCode.BadRequest, longQuery.StatusCode);

        var huge = await api.Client.BeaconAsync($$"""{"kind":"result-click","articleId":"a","position":1,"query":"{{new string('q', 5_000)}}"}""");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        var streamed = new StreamContent(new MemoryStream(new byte[1_000_000]));
        streamed.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = streamed };
        chunked.Headers.TransferEncodingChunked = true;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await api.Client.SendAsync(chunked)).StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_text_or_json_is_a_415()
    {
        var response = await api.Client.PostAsync("/api/events", new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new("application/octet-stream") } });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
