using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Search.Browser.Tests.Accessibility;

/// <summary>
/// axe-core over each view: no serious or critical violations (contrast, names, roles, landmarks).
/// Console errors are checked before axe runs: axe's own probes apply inline styles, which the page's CSP rightly refuses.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserFixture fixture)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [Fact]
    public async Task Search_results_view_has_no_serious_or_critical_axe_violations()
    {
        await using var browser = await fixture.OpenAsync("axe-results");
        var page = browser.Page;
        await page.GotoAsync(new Uri(fixture.SearchBase, "/?q=russia").ToString());
        await Expect(page.Locator("#hits > li").First).ToBeVisibleAsync();

        // Open the suggestions too, so the combobox and listbox roles are checked in their open state.
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search stories" });
        await box.FillAsync("");
        await box.PressSequentiallyAsync("rus", new() { Delay = 50 });
        await Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");

        browser.AssertNoConsoleErrors();
        AssertNoBlockingViolations(await page.RunAxe());
    }

    [Fact]
    public async Task Article_view_with_More_from_has_no_serious_or_critical_axe_violations()
    {
        await using var browser = await fixture.OpenAsync("axe-article");
        var page = browser.Page;
        await page.GotoAsync(new Uri(fixture.SearchBase, $"/?article={TestCorpus.KazakhstanId}").ToString());
        await Expect(page.Locator("#related-panel li.mf-item").First).ToBeVisibleAsync();

        browser.AssertNoConsoleErrors();
        AssertNoBlockingViolations(await page.RunAxe());
    }

    [Fact]
    public async Task Phone_results_view_has_no_serious_or_critical_axe_violations()
    {
        await using var browser = await fixture.OpenAsync("axe-phone", width: 375, height: 812, phone: true);
        var page = browser.Page;
        await page.GotoAsync(new Uri(fixture.SearchBase, "/?q=putin").ToString());
        await Expect(page.Locator("#hits > li").First).ToBeVisibleAsync();

        browser.AssertNoConsoleErrors();
        AssertNoBlockingViolations(await page.RunAxe());
    }

    private static void AssertNoBlockingViolations(AxeResult result)
    {
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
