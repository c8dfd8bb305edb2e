using Microsoft.Playwright;

namespace Search.Browser.Tests.Support;

/// <summary>
/// Debian's Chromium, never a browser Playwright downloads. A missing browser fails every test
/// with the fix in the message: the suite must not pass by not running (.ci/run installs it).
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} not found. Install Debian's Chromium: apt-get update && apt-get install -y chromium chromium-driver (.ci/run does this).");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No sandbox as root in CI; no background networking, which this machine's closed network refuses noisily.
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }
}
