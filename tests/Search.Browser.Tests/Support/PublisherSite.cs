using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Search.Browser.Tests.Support;

/// <summary>
/// A publisher's site on other origins than the search host: one port the host allows
/// (<see cref="AllowedOrigin"/>) and one it does not (<see cref="OtherOrigin"/>). Its article page
/// embeds the widget exactly as the README tells publishers to, under deliberately hostile page CSS.
/// </summary>
public sealed class PublisherSite : IAsyncDisposable
{
    private WebApplication? _app;

    public Uri AllowedOrigin { get; private set; } = null!;
    public Uri OtherOrigin { get; private set; } = null!;

    /// <summary>Where the page loads the widget from; set once the search host has a port.</summary>
    public Uri? SearchHost { get; set; }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0);
            o.Listen(IPAddress.Loopback, 0);
        });
        _app = builder.Build();
        _app.MapGet("/article.html", () => Results.Content(ArticlePage(), "text/html; charset=utf-8"));
        await _app.StartAsync();

        var origins = _app.Urls.Select(u => new Uri(u)).ToArray();
        AllowedOrigin = origins[0];
        OtherOrigin = origins[1];
    }

    private string ArticlePage()
    {
        var script = new Uri(SearchHost ?? throw new InvalidOperationException("SearchHost is not set."), "/widget/related.js");
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Kazakhstan &amp; The West Wing in a G-Zero world · A publisher</title>
              <link rel="icon" href="data:,">
              <style>
                /* A host page whose global rules would wreck an unscoped widget. */
                body { font-family: "Comic Sans MS", cursive; background: #fffbe6; margin: 2rem; }
                h2 { color: rgb(0, 160, 0); font-size: 48px; text-transform: none; }
                ul, ol { list-style: square; }
                a { color: rgb(255, 0, 255); }
                #more-from { max-width: 24rem; }
              </style>
            </head>
            <body>
              <h1>Kazakhstan &amp; The West Wing in a G-Zero world</h1>
              <p>Publisher article text.</p>
              <h2 id="host-heading">The publisher's own heading</h2>
              <span class="mf-chip" id="host-chip">not a widget chip</span>
              <div id="more-from"></div>
              <script src="{{script}}" data-target="more-from" data-article-id="{{TestCorpus.KazakhstanId}}" data-heading="More from GZERO Media" data-count="5" async></script>
            </body>
            </html>
            """;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
