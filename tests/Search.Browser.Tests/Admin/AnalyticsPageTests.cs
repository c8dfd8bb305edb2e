using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Search.Browser.Tests.Admin;

/// <summary>The editors' analytics page: the key typed in (kept for the tab only), the report drawn as charts and tables.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AnalyticsPageTests(BrowserFixture fixture)
{
    private const string ZeroQuery = "qqzzyx nothing here";

    [Fact]
    public async Task With_the_key_typed_in_the_page_draws_its_charts_lists_zero_result_queries_and_passes_axe()
    {
        await SeedAsync();
        await using var browser = await fixture.OpenAsync("admin-analytics");
        var page = browser.Page;
        var response = await page.GotoAsync(new Uri(fixture.SearchBase, "/admin/analytics.html").ToString());
        Assert.DoesNotContain(SearchHostFactory.ApiKey, await response!.TextAsync());

        await page.GetByLabel("API key").FillAsync(SearchHostFactory.ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Expect(page.Locator("#report")).ToBeVisibleAsync();
        await Expect(page.Locator("#zero-table tbody")).ToContainTextAsync(ZeroQuery);
        await Expect(page.Locator("#top-table tbody")).ToContainTextAsync("putin");
        await Expect(page.Locator("#ctr-table tbody tr").First).ToContainTextAsync("1");
        foreach (var chart in new[] { "per-hour-chart", "ctr-chart", "top-chart" })
        {
            var points = await page.EvaluateAsync<int>($"() => window.Chart.getChart('{chart}')?.data.datasets[0].data.length ?? -1");
            Assert.True(points > 0, $"{chart} has {points} points");
            // Drawn: the canvas has pixels that are not blank.
            var inked = await page.EvaluateAsync<bool>($$"""
                () => { const c = document.getElementById('{{chart}}'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                        for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true; return false; }
                """);
            Assert.True(inked, $"{chart} is blank");
        }

        Assert.Equal(SearchHostFactory.ApiKey, await page.EvaluateAsync<string>("() => sessionStorage.getItem('search-analytics-key')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length"));
        Assert.Empty(await page.Context.CookiesAsync());
        await browser.ScreenshotAsync("report");

        browser.AssertNoConsoleErrors();
        var axe = await page.RunAxe();
        var blocking = axe.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking.Select(v => $"{v.Impact} {v.Id}: {v.Help}")));
    }

    [Fact]
    public async Task A_wrong_key_is_refused_with_a_message_and_no_report()
    {
        await using var browser = await fixture.OpenAsync("admin-analytics-wrong-key");
        var page = browser.Page;
        // The 401 is the answer this test expects, so the browser's own console line for it is not a page error.
        await page.GotoAsync(new Uri(fixture.SearchBase, "/admin/analytics.html").ToString());

        await page.GetByLabel("API key").FillAsync("not-the-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("That API key was not accepted.");
        await Expect(page.Locator("#report")).ToBeHiddenAsync();
    }

    /// <summary>Searches (one finding nothing) and a click, through the API, and waits until the report holds them.</summary>
    private async Task SeedAsync()
    {
        using var client = new HttpClient { BaseAddress = fixture.SearchBase };
        await client.GetAsync("/api/search?q=putin");
        await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(ZeroQuery));
        await client.PostAsync("/api/events", new StringContent($$"""{"kind":"result-click","query":"putin","position":1,"articleId":"{{TestCorpus.KazakhstanId}}"}""", Encoding.UTF8, "text/plain"));
        client.DefaultRequestHeaders.Add("X-Api-Key", SearchHostFactory.ApiKey);
        for (var i = 0; i < 200; i++)
        {
            var report = await client.GetFromJsonAsync<JsonElement>("/api/admin/analytics");
            if (report.GetProperty("zeroResultQueries").EnumerateArray().Any(q => q.GetProperty("query").GetString() == ZeroQuery)
                && report.GetProperty("clickThroughByPosition").GetArrayLength() > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The seeded events did not reach the report.");
    }
}
