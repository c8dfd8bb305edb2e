using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Features.Search;

/// <summary>
/// The contract's bounded total: <c>totalRelation</c> "eq" with an exact total and exact facets up to
/// Search:Counting:ExactUpTo matches, "gte" with the limit as the total and <c>facetsApproximate</c> past it, and the
/// same hits (ids, order, scores) either way. Two hosts over the same seed corpus and the same writes, one counting
/// every match; the writes land in a later segment than the build, so a broad query can stop counting after the first.
/// </summary>
public sealed class BoundedTotalTests
{
    private const int ExactUpTo = 2;

    [Fact]
    public async Task Past_the_limit_the_total_is_a_lower_bound_and_the_facets_approximate_and_the_hits_are_the_same()
    {
        await using var bounded = new CountingFactory(ExactUpTo);
        await using var exhaustive = new CountingFactory(0);
        var answers = new List<JsonElement>();
        foreach (var factory in new[] { bounded, exhaustive })
        {
            var client = await factory.AuthorizedClientAsync();
            for (var i = 0; i < 4; i++)
            {
                var article = new
                {
                    title = $"Russia and Kazakhstan talks, round {i}",
                    body = $"Officials from Russia met counterparts in Astana for round {i} of talks on trade, energy and security.",
                    section = "World",
                    publishedAt = $"2025-02-0{i + 1}T08:00:00Z",
                };
                (await client.PutAsJsonAsync($"/api/articles/bounded-total-{i}", article)).EnsureSuccessStatusCode();
            }

            await WriteApi.WaitUntilAsync(async () => (await Search(client, "Astana")).GetProperty("hits").GetArrayLength() == 4);
            answers.Add(await Search(client, "Russia"));
        }

        var (lower, exact) = (answers[0], answers[1]);
        Assert.Equal("eq", exact.GetProperty("totalRelation").GetString());
        Assert.False(exact.GetProperty("facetsApproximate").GetBoolean());
        Assert.True(exact.GetProperty("total").GetInt32() > ExactUpTo + 4);

        Assert.Equal("gte", lower.GetProperty("totalRelation").GetString());
        Assert.Equal(ExactUpTo, lower.GetProperty("total").GetInt32());
        Assert.True(lower.GetProperty("facetsApproximate").GetBoolean());
        Assert.Equal(Hits(exact), Hits(lower));

        // A query with fewer matches than the limit is exact on the bounded host too.
        var narrow = await Search(await bounded.ReadyClientAsync(), "Tokayev");
        Assert.Equal("eq", narrow.GetProperty("totalRelation").GetString());
        Assert.InRange(narrow.GetProperty("total").GetInt32(), 1, ExactUpTo);
        Assert.False(narrow.GetProperty("facetsApproximate").GetBoolean());
    }

    private static async Task<JsonElement> Search(HttpClient client, string q) =>
        await client.GetFromJsonAsync<JsonElement>("/api/search?size=20&q=" + Uri.EscapeDataString(q));

    private static string Hits(JsonElement body) =>
        string.Join(", ", body.GetProperty("hits").EnumerateArray().Select(h => $"{h.GetProperty("id").GetString()}:{h.GetProperty("score").GetRawText()}"));

    /// <summary>The seed corpus with writes enabled and the given count limit.</summary>
    private sealed class CountingFactory(int exactUpTo) : SearchApiFactory(apiKey: WriteApi.Key)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Search:Counting:ExactUpTo", exactUpTo.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Every answer computed, so the second host is not compared with a cached first one.
            builder.UseSetting("Search:Cache:SearchResults", "0");
        }
    }
}
