using System.Text.Json;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Search.Browser.Tests.Analytics;

/// <summary>The reader's page and the "More from" panel send click beacons to POST /api/events, with nothing about the reader.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BeaconTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Clicking_a_result_sends_its_position_query_and_id_and_the_service_answers_204()
    {
        await using var browser = await fixture.OpenAsync("beacon-result");
        var page = browser.Page;
        await page.GotoAsync(new Uri(fixture.SearchBase, "/?q=russia").ToString());
        var second = page.Locator("#hits > li").Nth(1);
        await Expect(second).ToBeVisibleAsync();
        var id = await second.GetAttributeAsync("data-article-id");

        var request = await page.RunAndWaitForRequestAsync(
            () => second.GetByRole(AriaRole.Link).First.ClickAsync(),
            r => r.Url.EndsWith("/api/events", StringComparison.Ordinal) && r.PostData!.Contains("result-click", StringComparison.Ordinal));
        var response = await request.ResponseAsync();

        using var body = JsonDocument.Parse(request.PostData!);
        Assert.Equal("result-click", body.RootElement.GetProperty("kind").GetString());
        Assert.Equal(2, body.RootElement.GetProperty("position").GetInt32());
        Assert.Equal("russia", body.RootElement.GetProperty("query").GetString());
        Assert.Equal(id, body.RootElement.GetProperty("articleId").GetString());
        Assert.Equal(4, body.RootElement.EnumerateObject().Count());
        Assert.Equal(204, response?.Status);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task The_More_from_panel_reports_being_shown_and_which_story_was_clicked_where()
    {
        await using var browser = await fixture.OpenAsync("beacon-related");
        var page = browser.Page;
        var view = page.WaitForRequestAsync(r => r.Url.EndsWith("/api/events", StringComparison.Ordinal) && r.PostData!.Contains("related-view", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(fixture.SearchBase, $"/?article={TestCorpus.KazakhstanId}").ToString());
        var items = page.Locator("#related-panel li.mf-item");
        await Expect(items.First).ToBeVisibleAsync();
        using (var shown = JsonDocument.Parse((await view).PostData!))
        {
            Assert.Equal(TestCorpus.KazakhstanId, shown.RootElement.GetProperty("articleId").GetString());
            Assert.Equal(await items.CountAsync(), shown.RootElement.GetProperty("shown").GetInt32());
        }

        var third = items.Nth(2);
        var id = await third.GetAttributeAsync("data-article-id");
        var request = await page.RunAndWaitForRequestAsync(
            () => third.Locator("a.mf-link").ClickAsync(),
            r => r.Url.EndsWith("/api/events", StringComparison.Ordinal) && r.PostData!.Contains("related-click", StringComparison.Ordinal));

        using var click = JsonDocument.Parse(request.PostData!);
        Assert.Equal(3, click.RootElement.GetProperty("position").GetInt32());
        Assert.Equal(id, click.RootElement.GetProperty("articleId").GetString());
        browser.AssertNoConsoleErrors();
    }
}
