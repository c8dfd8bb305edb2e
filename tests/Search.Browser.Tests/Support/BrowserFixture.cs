using Microsoft.Playwright;

namespace Search.Browser.Tests.Support;

/// <summary>
/// Shared by every browser test: the publisher site (started first, so its origin can be allowed),
/// the search host allowing that one origin, and one Chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public PublisherSite Publisher { get; } = new();
    public SearchHostFactory Host { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public Uri SearchBase => Host.BaseAddress;

    public async Task InitializeAsync()
    {
        await Publisher.StartAsync();
        Host = new SearchHostFactory([Publisher.AllowedOrigin.GetLeftPart(UriPartial.Authority)]);
        await Host.StartAsync();
        Publisher.SearchHost = Host.BaseAddress;

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser context and page at the given viewport, recording console errors.</summary>
    public Task<BrowserPage> OpenAsync(string testName, int width = 1280, int height = 900, bool phone = false) =>
        BrowserPage.OpenAsync(Browser, testName, width, height, phone);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        await Publisher.DisposeAsync();
    }
}
