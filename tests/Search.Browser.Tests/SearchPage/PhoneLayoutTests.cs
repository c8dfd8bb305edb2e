using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Search.Browser.Tests.SearchPage;

/// <summary>The same page on a 375 px phone: nothing wider than the screen, suggestions by tap.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_375px_phone_search_results_and_the_article_fit_the_screen()
    {
        await using var browser = await fixture.OpenAsync("phone-375", width: 375, height: 812, phone: true);
        var page = browser.Page;
        await page.GotoAsync(fixture.SearchBase.ToString());
        await Expect(page.Locator("#hits > li").First).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await browser.ScreenshotAsync("1-home");

        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search stories" });
        await box.TapAsync();
        await box.PressSequentiallyAsync("kazak", new() { Delay = 50 });
        var kazakhstan = page.GetByRole(AriaRole.Option).Filter(new() { Has = page.Locator(".suggestion-text", new() { HasTextRegex = new Regex("^Kazakhstan$") }) });
        await Expect(kazakhstan).ToBeVisibleAsync();
        await browser.ScreenshotAsync("2-suggestions");
        await kazakhstan.TapAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=Kazakhstan$"));
        var first = page.Locator("#hits > li").First;
        await Expect(first).ToHaveAttributeAsync("data-article-id", TestCorpus.KazakhstanId);
        await AssertFitsAsync(page);

        // Results come before the folded filters; the toggle opens them.
        var filters = page.Locator("#facets").GetByText("Filters");
        var russia = page.Locator("#facets").GetByRole(AriaRole.Link, new() { Name = "Russia" });
        await Expect(russia).ToBeHiddenAsync();
        await browser.ScreenshotAsync("3-results");
        await filters.TapAsync();
        await Expect(russia).ToBeVisibleAsync();
        await browser.ScreenshotAsync("3b-filters-open");

        await first.Locator(".hit-title a").TapAsync();
        var panel = page.Locator("#related-panel");
        await Expect(panel.Locator($"li.mf-item[data-article-id='{TestCorpus.PutinHasWonId}']")).ToBeVisibleAsync();
        await AssertFitsAsync(page);

        // On a phone the panel follows the story rather than sitting beside it.
        var story = await page.Locator("#story").BoundingBoxAsync();
        var aside = await panel.BoundingBoxAsync();
        Assert.True(aside!.Y >= story!.Y + story.Height, "More from should sit below the story on a phone");
        await browser.ScreenshotAsync("4-article");
        await panel.ScrollIntoViewIfNeededAsync();
        await browser.ScreenshotAsync("5-more-from", fullPage: false);
        browser.AssertNoConsoleErrors();
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the 375px screen");
    }
}
