using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Search.Api.Tests.Contract;

/// <summary>
/// Sends each call and records what a client sees: status, content type and body. Two things change
/// from run to run and are normalised away in the raw text: every <c>tookMs</c> becomes 0 and the
/// ProblemDetails <c>traceId</c> is removed. <c>bodySha256</c> pins the normalised bytes as sent
/// (escaping, number format), which the readable, re-indented <c>body</c> alone would not.
/// </summary>
internal static partial class ApiRecorder
{
    public static async Task<JsonArray> RecordAsync(HttpClient client, IEnumerable<ApiCall> calls)
    {
        var recorded = new JsonArray();
        foreach (var call in calls)
        {
            recorded.Add(await RecordAsync(client, call));
        }

        return recorded;
    }

    private static async Task<JsonObject> RecordAsync(HttpClient client, ApiCall call)
    {
        using var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Path);
        if (call.Body is not null)
        {
            request.Content = JsonContent.Create(call.Body);
        }

        using var response = await client.SendAsync(request);
        var raw = Normalise(await response.Content.ReadAsStringAsync());
        var contentType = response.Content.Headers.ContentType?.ToString();
        var entry = new JsonObject { ["request"] = call.ToString() };
        if (call.Body is not null)
        {
            entry["requestBody"] = JsonSerializer.SerializeToNode(call.Body, JsonSerializerOptions.Web);
        }

        entry["status"] = (int)response.StatusCode;
        entry["contentType"] = contentType;
        entry["body"] = raw.Length > 0 && contentType?.Contains("json", StringComparison.Ordinal) == true ? JsonNode.Parse(raw) : raw;
        // After the body, so that a changed body is the first difference a failure shows.
        entry["bodySha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
        return entry;
    }

    private static string Normalise(string body)
    {
        var normalised = TraceId().Replace(TookMs().Replace(body, "\"tookMs\":0"), "");
        if (TraceIdName().IsMatch(normalised) || TookMsName().Matches(normalised).Count != TookMs().Matches(normalised).Count)
        {
            throw new InvalidOperationException("A traceId or tookMs in an unexpected form was left in: " + normalised[..Math.Min(300, normalised.Length)]);
        }

        return normalised;
    }

    // Property names only: a quote inside a JSON string is escaped (\"), so these never match article text.
    [GeneratedRegex(@"(?<!\\)""tookMs"":-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?")]
    private static partial Regex TookMs();

    [GeneratedRegex(@"(?<!\\)""tookMs""")]
    private static partial Regex TookMsName();

    [GeneratedRegex(@",""traceId"":""[^""]*""")]
    private static partial Regex TraceId();

    [GeneratedRegex(@"(?<!\\)""traceId""")]
    private static partial Regex TraceIdName();
}
