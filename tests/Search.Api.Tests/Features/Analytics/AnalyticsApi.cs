using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Features.Analytics;

/// <summary>What the analytics tests share: posting a beacon as a page does, and reading the report once the writer has caught up.</summary>
internal static class AnalyticsApi
{
    /// <summary>Posts <paramref name="json"/> as navigator.sendBeacon does with a string (text/plain).</summary>
    public static Task<HttpResponseMessage> BeaconAsync(this HttpClient client, string json, string mediaType = "text/plain") =>
        client.PostAsync("/api/events", new StringContent(json, Encoding.UTF8, mediaType));

    public static async Task<JsonElement> ReportAsync(this HttpClient client, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/analytics" + query);
        request.Headers.Add("X-Api-Key", WriteApi.Key);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The report once <paramref name="condition"/> holds on it (the writer is off the request path, so it lags a little).</summary>
    public static async Task<JsonElement> ReportWhenAsync(this HttpClient client, Func<JsonElement, bool> condition)
    {
        var report = default(JsonElement);
        await WriteApi.WaitUntilAsync(async () => condition(report = await client.ReportAsync()));
        return report;
    }
}
