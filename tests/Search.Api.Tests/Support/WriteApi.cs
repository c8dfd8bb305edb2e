using System.Net.Http.Json;
using System.Text.Json;

namespace Search.Api.Tests.Support;

/// <summary>What the write tests share: the key, a client that sends it, a search total, and waiting for a rebuild.</summary>
internal static class WriteApi
{
    public const string Key = "test-key-0123456789";

    public static readonly object Volcano = new
    {
        title = "Volcano erupts near Reykjavik",
        body = "A volcano erupted on the Reykjanes peninsula in Iceland, forcing evacuations near Grindavik.",
        section = "World",
        publishedAt = "2025-01-12T08:00:00Z",
    };

    /// <summary>A client of a ready host that sends the configured key with every request.</summary>
    public static async Task<HttpClient> AuthorizedClientAsync(this SearchApiFactory factory, TimeSpan? within = null)
    {
        var client = await factory.ReadyClientAsync(within);
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    public static async Task<int> TotalAsync(this HttpClient client, string q) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/search?size=20&q=" + Uri.EscapeDataString(q))).GetProperty("total").GetInt32();

    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 400; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The condition did not hold within 20 s.");
    }
}
