using Search.Browser.Tests.Support;

namespace Search.Browser.Tests.Hosting;

/// <summary>The page's security headers, as a browser receives them from the real server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityHeadersTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_page_allows_scripts_and_styles_from_self_only_and_framing_by_self_only()
    {
        using var client = new HttpClient { BaseAddress = fixture.SearchBase };
        using var response = await client.GetAsync("/");
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ') + 1)..]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["style-src"]);
        Assert.Equal("'self'", directives["frame-ancestors"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("SAMEORIGIN", Assert.Single(response.Headers.GetValues("X-Frame-Options")));

        // The page has no inline script or style for the policy to block.
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/widget/related.js", "text/javascript")]
    [InlineData("/widget/related.css", "text/css")]
    [InlineData("/js/app.js", "text/javascript")]
    [InlineData("/css/site.css", "text/css")]
    public async Task Static_files_are_served_from_wwwroot_with_nosniff(string path, string mediaType)
    {
        using var client = new HttpClient { BaseAddress = fixture.SearchBase };
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
