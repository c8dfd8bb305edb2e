using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Search.Browser.Tests.Widget;

/// <summary>The embeddable widget on a publisher's page served from another origin.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Widget_on_an_allowed_publisher_origin_renders_More_from_with_reason_chips()
    {
        await using var browser = await fixture.OpenAsync("widget-allowed-origin");
        var page = browser.Page;
        var relatedCalls = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/related", StringComparison.Ordinal))
            {
                relatedCalls.Add(request.Url);
            }
        };
        await page.GotoAsync(new Uri(fixture.Publisher.AllowedOrigin, "/article.html").ToString());

        var widget = page.Locator("#more-from");
        await Expect(widget.GetByRole(AriaRole.Heading, new() { Name = "More from GZERO Media" })).ToBeVisibleAsync();
        await Expect(widget.Locator("li.mf-item")).ToHaveCountAsync(5);
        foreach (var id in new[] { TestCorpus.PutinHasWonId, TestCorpus.KurskId })
        {
            var story = widget.Locator($"li.mf-item[data-article-id='{id}']");
            await Expect(story.Locator(".mf-chip-entity", new() { HasTextRegex = new Regex("^(Russia|Vladimir Putin)$") }).First).ToBeVisibleAsync();
            // How much each signal contributed, from the API's contributions: shares that add up to about 100%.
            var why = story.Locator(".mf-why");
            await Expect(why).ToHaveTextAsync(new Regex(@"^Match: (wording|names|meaning) \d+%( · (wording|names|meaning) \d+%)*$"));
            Assert.Contains("names", await why.TextContentAsync(), StringComparison.Ordinal);
            var shares = Regex.Matches((await why.TextContentAsync())!, @"(\d+)%").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(shares, 98, 102);
            Assert.Contains("from shared", await why.GetAttributeAsync("title"), StringComparison.Ordinal);
            // On a publisher's page the links go to the publisher's own article URLs.
            await Expect(story.Locator("a")).ToHaveAttributeAsync("href", $"https://www.gzeromedia.com/{id}");
        }

        // The API base came from the script's src: the call went to the search host, not the page's origin.
        Assert.Contains(relatedCalls, url => url.StartsWith(new Uri(fixture.SearchBase, "/api/articles/").ToString(), StringComparison.Ordinal));

        // Scoped both ways: the page's h2 and link rules do not reach the panel, the panel's chip class does not reach the page.
        Assert.NotEqual("rgb(0, 160, 0)", await widget.Locator(".mf-heading").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.NotEqual("rgb(255, 0, 255)", await widget.Locator(".mf-link").First.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.Equal("rgb(0, 160, 0)", await page.Locator("#host-heading").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.Equal("rgba(0, 0, 0, 0)", await page.Locator("#host-chip").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));

        await browser.ScreenshotAsync("panel");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Widget_on_an_origin_that_is_not_allowed_is_refused_by_the_browser_and_stays_hidden()
    {
        await using var browser = await fixture.OpenAsync("widget-other-origin");
        var page = browser.Page;
        var failed = page.WaitForConsoleMessageAsync(new() { Predicate = m => m.Type == "error" && m.Text.Contains("CORS", StringComparison.Ordinal) });
        await page.GotoAsync(new Uri(fixture.Publisher.OtherOrigin, "/article.html").ToString());
        await failed;

        await Expect(page.Locator("#more-from")).ToBeHiddenAsync();
        Assert.Equal(0, await page.Locator("#more-from li.mf-item").CountAsync());
        await browser.ScreenshotAsync("refused");

        // The only errors are the browser's CORS refusal of the API call, nothing from the widget itself.
        Assert.All(browser.Errors, e => Assert.Matches("CORS|Failed to load resource|ERR_FAILED", e));
        Assert.DoesNotContain(browser.Errors, e => e.StartsWith("page error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_story_without_a_usable_url_links_to_the_search_pages_article_view_not_to_null()
    {
        await using var browser = await fixture.OpenAsync("widget-no-url");
        var page = browser.Page;
        // The API's answer, as it could come for stories without urls (missing, null, blank) or with a script url.
        await page.RouteAsync("**/api/articles/*/related*", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "application/json",
            Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" },
            Body = """
                {"id":"kazakhstan-the-west-wing-in-a-g-zero-world","tookMs":1,"items":[
                  {"id":"no-url","title":"No url","score":1,"reasons":{"sharedEntities":[],"sharedTerms":[]}},
                  {"id":"null-url","title":"Null url","url":null,"score":1,"reasons":{"sharedEntities":[],"sharedTerms":[]}},
                  {"id":"blank-url","title":"Blank url","url":" ","score":1,"reasons":{"sharedEntities":[],"sharedTerms":[]}},
                  {"id":"script-url","title":"Script url","url":"javascript:window.__xss = 1","score":1,"reasons":{"sharedEntities":[],"sharedTerms":[]}},
                  {"id":"own-url","title":"Own url","url":"https://www.gzeromedia.com/own-url","score":1,"reasons":{"sharedEntities":[],"sharedTerms":[]}}
                ]}
                """,
        }));
        await page.GotoAsync(new Uri(fixture.Publisher.AllowedOrigin, "/article.html").ToString());

        var widget = page.Locator("#more-from");
        await Expect(widget.Locator("li.mf-item")).ToHaveCountAsync(5);
        foreach (var id in new[] { "no-url", "null-url", "blank-url", "script-url" })
        {
            await Expect(widget.Locator($"li.mf-item[data-article-id='{id}'] a")).ToHaveAttributeAsync("href", new Uri(fixture.SearchBase, $"/?article={id}").ToString());
        }

        await Expect(widget.Locator("li.mf-item[data-article-id='own-url'] a")).ToHaveAttributeAsync("href", "https://www.gzeromedia.com/own-url");
        browser.AssertNoConsoleErrors();
    }
}
