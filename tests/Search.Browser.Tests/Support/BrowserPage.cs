using Microsoft.Playwright;

namespace Search.Browser.Tests.Support;

/// <summary>
/// One page in its own browser context. Every console error and uncaught page error is recorded:
/// <see cref="AssertNoConsoleErrors"/> fails the test on any (CSP violations and 404s included).
/// Screenshots go to TestResults/screenshots beside the test assembly.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _testName;
    private readonly List<string> _errors = [];

    private BrowserPage(IBrowserContext context, IPage page, string testName)
    {
        _context = context;
        Page = page;
        _testName = testName;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_errors)
                {
                    _errors.Add($"console: {message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add($"page error: {error}");
            }
        };
    }

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public IPage Page { get; }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public static async Task<BrowserPage> OpenAsync(IBrowser browser, string testName, int width, int height, bool phone)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return new BrowserPage(context, page, testName);
    }

    /// <summary>A PNG (the full page, or what is on screen) named after the test and the step, kept as a test artifact.</summary>
    public async Task<string> ScreenshotAsync(string step, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{_testName}-{step}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    public void AssertNoConsoleErrors() =>
        Assert.True(Errors.Count == 0, "Browser console errors:\n" + string.Join("\n", Errors));

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
