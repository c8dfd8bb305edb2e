using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Search.Browser.Tests.Support;

/// <summary>
/// The real Search.Api on Kestrel at 127.0.0.1:&lt;free port&gt; (a browser cannot reach the in-memory
/// TestServer), indexing a temporary copy of the shipped corpus plus <see cref="TestCorpus"/>'s extras.
/// </summary>
public sealed class SearchHostFactory : WebApplicationFactory<Program>
{
    /// <summary>The key the admin pages are given by the tests (typed into the page, never served by it).</summary>
    public const string ApiKey = "browser-test-key-0123456789";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyList<string> _allowedOrigins;

    public SearchHostFactory(IReadOnlyList<string> allowedOrigins)
    {
        _allowedOrigins = allowedOrigins;
        TestCorpus.Write(Path.Combine(_root, "corpus"));
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>http://127.0.0.1:port, once <see cref="StartAsync"/> has run.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async Task StartAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());

        using var client = new HttpClient { BaseAddress = BaseAddress };
        for (var i = 0; i < 600; i++)
        {
            using var response = await client.GetAsync("/health/ready");
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The index did not become ready within 30 s.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Search:CorpusPath", Path.Combine(_root, "corpus"));
        builder.UseSetting("Search:IndexPath", Path.Combine(_root, "index"));
        builder.UseSetting("Search:ApiKey", ApiKey);
        // Every test's searches are recorded on this shared host; popular queries joining the suggestions part-way
        // through a run would make the combobox tests depend on order and timing (the feed is tested in Search.Api.Tests).
        builder.UseSetting("Search:Analytics:SuggestQueries", "0");
        for (var i = 0; i < _allowedOrigins.Count; i++)
        {
            builder.UseSetting($"Search:AllowedOrigins:{i}", _allowedOrigins[i]);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
