using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Search.Browser.Tests.SearchPage;

/// <summary>
/// Past Search:Counting:ExactUpTo matches the API reports its total as a lower bound (totalRelation "gte") and its facet
/// counts as approximate: the page must say "10,000+" and mark the counts, visibly and to a screen reader, and must not
/// when the counts are exact. The test corpus is ten stories, so the API's answer is rewritten in flight into what a
/// very broad search over a large archive returns.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BoundedCountTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_lower_bound_total_reads_10000_plus_and_approximate_facet_counts_are_marked()
    {
        await using var browser = await fixture.OpenAsync("desktop-bounded-count");
        var page = browser.Page;
        await page.RouteAsync("**/api/search?**", async route =>
        {
            var response = await route.FetchAsync();
            var body = JsonNode.Parse(await response.TextAsync())!;
            body["total"] = 10_000;
            body["totalRelation"] = "gte";
            body["facetsApproximate"] = true;
            await route.FulfillAsync(new() { Response = response, Body = body.ToJsonString() });
        });
        await page.GotoAsync(new Uri(fixture.SearchBase, "/?q=Russia").ToString());

        var count = page.Locator("#results-count");
        await Expect(count.Locator(".results-total")).ToHaveTextAsync("10,000+ stories · page 1 of 1,000+");
        await Expect(count.Locator(".visually-hidden")).ToHaveTextAsync("At least 10,000 stories, page 1 of 1,000+");
        await Expect(page.Locator("#announcer")).ToContainTextAsync("At least 10,000 stories found.");

        var facets = page.Locator("#facets");
        await Expect(facets.Locator(".facet-note")).ToHaveTextAsync("Counts are estimates from the first 10,000 matching stories.");
        var counts = await facets.Locator(".facet-count").AllTextContentsAsync();
        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.Matches(new Regex("^~[0-9]+$"), c));
        // Read out as "about N stories", not "tilde N".
        await Expect(facets.Locator(".facet-count").First).ToHaveAttributeAsync("aria-hidden", "true");
        await Expect(facets.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Analysis about \d+ stor(y|ies)$") })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("1-lower-bound");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task An_exact_total_and_exact_facet_counts_are_shown_plainly()
    {
        await using var browser = await fixture.OpenAsync("desktop-exact-count");
        var page = browser.Page;
        await page.GotoAsync(new Uri(fixture.SearchBase, "/?q=Russia").ToString());

        await Expect(page.Locator("#results-count .results-total")).ToHaveTextAsync(new Regex(@"^\d+ stor(y|ies) · page 1 of 1$"));
        await Expect(page.Locator("#facets .facet-note")).ToHaveCountAsync(0);
        var counts = await page.Locator("#facets .facet-count").AllTextContentsAsync();
        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.Matches(new Regex("^[0-9]+$"), c));
        await Expect(page.Locator("#facets").GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Analysis \d+ stor(y|ies)$") })).ToBeVisibleAsync();
        browser.AssertNoConsoleErrors();
    }
}
