using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Search.Browser.Tests.SearchPage;

/// <summary>The reader's path through the search page on a 1280 px desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserFixture fixture)
{
    private static readonly Regex RussiaChip = new("^(Russia|Vladimir Putin)$");

    [Fact]
    public async Task Typing_kazak_and_picking_the_suggestion_finds_the_Kazakhstan_piece_whose_More_from_shows_the_Russia_stories()
    {
        await using var browser = await fixture.OpenAsync("desktop-kazakhstan");
        var page = browser.Page;
        await page.GotoAsync(fixture.SearchBase.ToString());
        await Expect(page.Locator("#hits > li").First).ToBeVisibleAsync();

        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search stories" });
        await box.PressSequentiallyAsync("kazak", new() { Delay = 50 });
        var listbox = page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" });
        await Expect(listbox).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(listbox.GetByRole(AriaRole.Option).First.Locator(".suggestion-text")).ToHaveTextAsync("Kazakhstan");
        // The list for all of "kazak", not one for a prefix typed on the way that a newer response will replace.
        await Expect(listbox.GetByRole(AriaRole.Option).First.Locator(".suggestion-text strong")).ToHaveTextAsync("hstan");

        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", "suggestion-0");
        await Expect(page.Locator("#suggestion-0")).ToHaveAttributeAsync("aria-selected", "true");
        await browser.ScreenshotAsync("1-suggestions");

        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?q=Kazakhstan$"));
        await Expect(listbox).ToBeHiddenAsync();
        await Expect(page.Locator("#results-heading")).ToHaveTextAsync("Results for “Kazakhstan”");
        var first = page.Locator("#hits > li").First;
        await Expect(first).ToHaveAttributeAsync("data-article-id", TestCorpus.KazakhstanId);
        await Expect(first.Locator(".snippet mark").First).ToHaveTextAsync("Kazakhstan");
        await Expect(first.Locator(".kicker")).ToHaveTextAsync("Analysis");
        await Expect(first.Locator("time")).ToHaveTextAsync("10 Jan 2022");
        await Expect(page.Locator("#facets")).ToContainTextAsync("Russia");
        await browser.ScreenshotAsync("2-results");

        await first.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($@"\?q=Kazakhstan&article={TestCorpus.KazakhstanId}$"));
        await Expect(page.Locator("#story-title")).ToHaveTextAsync("Kazakhstan & The West Wing in a G-Zero world");
        await Expect(page.Locator("#story-title")).ToBeFocusedAsync();

        var panel = page.Locator("#related-panel");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "More from GZERO Media" })).ToBeVisibleAsync();
        foreach (var id in new[] { TestCorpus.PutinHasWonId, TestCorpus.KurskId })
        {
            var story = panel.Locator($"li.mf-item[data-article-id='{id}']");
            await Expect(story).ToBeVisibleAsync();
            await Expect(story.Locator(".mf-chip-entity", new() { HasTextRegex = RussiaChip }).First).ToBeVisibleAsync();
        }

        var order = await panel.Locator("li.mf-item").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.articleId)");
        Assert.Equal(new[] { TestCorpus.KurskId, TestCorpus.PutinHasWonId }.Order(), order.Take(2).Order());
        Assert.DoesNotContain(TestCorpus.KazakhstanId, order);
        await browser.ScreenshotAsync("3-article");

        // Following a "More from" link stays in the page; the back button returns to the piece, then to the results.
        await panel.Locator($"li.mf-item[data-article-id='{TestCorpus.KurskId}'] a").ClickAsync();
        await Expect(page.Locator("#story-title")).ToHaveTextAsync("Zelensky says Ukraine captured two North Korean soldiers in Kursk");
        await page.GoBackAsync();
        await Expect(page.Locator("#story-title")).ToHaveTextAsync("Kazakhstan & The West Wing in a G-Zero world");
        await page.GoBackAsync();
        await Expect(page.Locator("#search-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#hits > li").First).ToHaveAttributeAsync("data-article-id", TestCorpus.KazakhstanId);
        await Expect(box).ToHaveValueAsync("Kazakhstan");

        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Suggestions_follow_the_keyboard_and_Escape_closes_them()
    {
        await using var browser = await fixture.OpenAsync("desktop-combobox");
        var page = browser.Page;
        await page.GotoAsync(fixture.SearchBase.ToString());
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search stories" });
        var options = page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" }).GetByRole(AriaRole.Option);

        await box.PressSequentiallyAsync("kaz", new() { Delay = 50 });
        await Expect(options.First.Locator(".suggestion-text strong")).ToHaveTextAsync("akhstan");
        var count = await options.CountAsync();
        Assert.True(count >= 2, $"expected several suggestions for 'kaz', got {count}");

        // Down wraps to the first option after the last; Up from the first goes to the last.
        for (var i = 0; i < count; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", $"suggestion-{count - 1}");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", "suggestion-0");
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", $"suggestion-{count - 1}");

        await page.Keyboard.PressAsync("Escape");
        await Expect(options.First).ToBeHiddenAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(box).Not.ToHaveAttributeAsync("aria-activedescendant", new Regex("."));
        await Expect(box).ToHaveValueAsync("kaz");

        // Enter with no option chosen searches for the typed text.
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=kaz$"));
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_suggestion_response_landing_while_the_reader_arrows_through_the_list_keeps_their_choice()
    {
        await using var browser = await fixture.OpenAsync("desktop-late-suggestions");
        var page = browser.Page;
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Hold the response for "kaz" until the reader has moved through the list shown for "ka".
        await page.RouteAsync("**/api/suggest?**", async route =>
        {
            if (new Uri(route.Request.Url).Query.TrimStart('?').Split('&').Contains("q=kaz"))
            {
                requested.TrySetResult();
                await release.Task;
            }

            await route.ContinueAsync();
        });
        await page.GotoAsync(fixture.SearchBase.ToString());
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search stories" });
        var options = page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" }).GetByRole(AriaRole.Option);

        await box.PressSequentiallyAsync("ka", new() { Delay = 50 });
        await Expect(options.First.Locator(".suggestion-text")).ToHaveTextAsync("Kassym-Jomart Tokayev");
        await Expect(options.Nth(1).Locator(".suggestion-text")).ToHaveTextAsync("Kazakhstan");
        await box.PressSequentiallyAsync("z");
        await requested.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", "suggestion-1");

        release.SetResult();
        // The list for "kaz" drops Tokayev; Kazakhstan moves to the top and stays the highlighted option.
        await Expect(options.First.Locator(".suggestion-text strong")).ToHaveTextAsync("akhstan");
        await Expect(options).ToHaveCountAsync(2);
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", "suggestion-0");
        await Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(options.Nth(1)).ToHaveAttributeAsync("aria-selected", "false");

        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?q=Kazakhstan$"));
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Filters_sort_and_pages_live_in_the_URL_and_the_back_button_restores_each_state()
    {
        await using var browser = await fixture.OpenAsync("desktop-paging");
        var page = browser.Page;
        var hits = page.Locator("#hits > li");
        await page.GotoAsync(new Uri(fixture.SearchBase, "/?size=4").ToString());
        await Expect(page.Locator("#results-heading")).ToHaveTextAsync("Latest stories");
        await Expect(hits).ToHaveCountAsync(4);
        await Expect(page.Locator("#sort")).ToHaveValueAsync("newest");
        var firstPage = await HitIdsAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Result pages" }).GetByRole(AriaRole.Link, new() { Name = "Next →" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?page=2&size=4$"));
        await Expect(page.Locator("#pager [aria-current=page]")).ToHaveTextAsync("2");
        await Expect(hits.First).Not.ToHaveAttributeAsync("data-article-id", firstPage[0]);
        var secondPage = await HitIdsAsync(page);
        Assert.Empty(firstPage.Intersect(secondPage));

        await page.Locator("#facets").GetByRole(AriaRole.Link, new() { Name = "Analysis" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?section=Analysis&size=4$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Remove filter Section: Analysis" })).ToBeVisibleAsync();
        foreach (var kicker in await page.Locator("#hits > li .kicker").AllTextContentsAsync())
        {
            Assert.Equal("Analysis", kicker);
        }

        await browser.ScreenshotAsync("filtered");

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?page=2&size=4$"));
        await Expect(hits.First).ToHaveAttributeAsync("data-article-id", secondPage[0]);
        await page.GoBackAsync();
        await Expect(hits.First).ToHaveAttributeAsync("data-article-id", firstPage[0]);
        await page.GoForwardAsync();
        await Expect(hits.First).ToHaveAttributeAsync("data-article-id", secondPage[0]);

        // A linked URL renders the same state from scratch.
        await page.GotoAsync(new Uri(fixture.SearchBase, "/?q=putin&sort=newest").ToString());
        await Expect(page.Locator("#sort")).ToHaveValueAsync("newest");
        await Expect(hits.First).ToHaveAttributeAsync("data-article-id", TestCorpus.PutinHasWonId);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_misspelled_query_offers_did_you_mean_and_the_link_searches_for_it()
    {
        await using var browser = await fixture.OpenAsync("desktop-did-you-mean");
        var page = browser.Page;
        await page.GotoAsync(new Uri(fixture.SearchBase, "/?q=kazakstan").ToString());
        var hint = page.Locator("#did-you-mean");
        await Expect(hint).ToBeVisibleAsync();
        await Expect(hint).ToContainTextAsync("kazakhstan");
        await browser.ScreenshotAsync("hint");

        await hint.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=kazakhstan$"));
        await Expect(page.Locator("#hits > li").First).ToHaveAttributeAsync("data-article-id", TestCorpus.KazakhstanId);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Markup_in_an_article_renders_as_text_in_results_article_and_More_from()
    {
        await using var browser = await fixture.OpenAsync("desktop-xss");
        var page = browser.Page;
        await page.GotoAsync(new Uri(fixture.SearchBase, "/?q=marmalade").ToString());
        var hit = page.Locator($"#hits > li[data-article-id='{TestCorpus.HostileId}']");
        await Expect(hit.Locator(".hit-title")).ToHaveTextAsync(TestCorpus.HostileTitle);
        await Expect(hit.Locator(".kicker")).ToHaveTextAsync("<em>Food</em>");
        Assert.Equal(0, await hit.Locator("script, img, em, i, b, iframe, svg").CountAsync());
        await browser.ScreenshotAsync("results");

        await hit.Locator(".hit-title a").ClickAsync();
        await Expect(page.Locator("#story-title")).ToHaveTextAsync(TestCorpus.HostileTitle);
        await Expect(page.Locator("#story-body")).ToContainTextAsync("<script>window.__xss = 3</script>");
        await Expect(page.Locator("#story-figures")).ToContainTextAsync("<svg onload=");
        var article = page.Locator("#story");
        Assert.Equal(0, await article.Locator("script, img, em, i, b, iframe, svg, u").CountAsync());
        // The article has no url: no source link (it used to link to "/null").
        await Expect(page.Locator("#story-source")).ToBeHiddenAsync();
        await browser.ScreenshotAsync("article");

        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), "a hostile field ran as script");
        browser.AssertNoConsoleErrors();
    }

    private static Task<string[]> HitIdsAsync(IPage page) =>
        page.Locator("#hits > li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.articleId)");
}
