using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Hosting;

/// <summary>Anonymous drafts are scored a few at a time: a flood gets 429s with Retry-After, never a 5xx, and searches go on.</summary>
public sealed class RequestLimitsTests
{
    private const string Sentence = "Vladimir Putin and the Kremlin said Russian forces would hold Kursk as the war in Ukraine goes on. ";

    [Fact]
    public async Task A_flood_of_drafts_gets_429s_with_retry_after_and_no_server_error_while_searches_still_answer()
    {
        await using var factory = new LimitedFactory();
        var client = await factory.ReadyClientAsync();
        var draft = new { title = "Kremlin sends more troops", body = string.Concat(Enumerable.Repeat(Sentence, 1_000)) };
        using var flooding = new CancellationTokenSource();

        var searches = Task.Run(async () =>
        {
            var statuses = new List<HttpStatusCode>();
            while (!flooding.IsCancellationRequested || statuses.Count < 5)
            {
                statuses.Add((await client.GetAsync("/api/search?q=russia")).StatusCode);
            }

            return statuses;
        });
        var flood = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => client.PostAsJsonAsync("/api/related?count=3", draft)));
        await flooding.CancelAsync();
        var searchStatuses = await searches;

        var statuses = flood.Select(r => r.StatusCode).ToList();
        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"unexpected {(int)s}"));
        Assert.Contains(HttpStatusCode.OK, statuses);
        var refused = flood.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.All(searchStatuses, s => Assert.Equal(HttpStatusCode.OK, s));

        // Once the flood is over, a draft is scored again.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/related?count=3", draft)).StatusCode);
    }

    /// <summary>One draft per core at a time and no queue, so two hundred at once must be refused in part.</summary>
    private sealed class LimitedFactory : SearchApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Search:Limits:DraftPermitsPerCore", "1");
            builder.UseSetting("Search:Limits:DraftQueue", "0");
        }
    }
}
