using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Search.Core.Indexing;

namespace Search.Api.Tests.Support;

/// <summary>
/// The real host in memory, serving the shipped seed corpus from a temporary index folder.
/// <see cref="StartIndexing"/> false leaves the index unbuilt, to see the not-ready behaviour.
/// </summary>
public class SearchApiFactory(string? indexPath = null, string? apiKey = null, string? corpusPath = null) : WebApplicationFactory<Program>
{
    private readonly string _indexPath = indexPath ?? Path.Combine(Path.GetTempPath(), "search-api-tests", Guid.NewGuid().ToString("N"));
    private readonly bool _ownsIndex = indexPath is null;

    public SearchApiFactory()
        : this(null)
    {
    }

    protected virtual bool StartIndexing => true;

    public static string RepositoryRoot { get; } = FindRoot();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:CorpusPath", corpusPath ?? Path.Combine(RepositoryRoot, "index", "corpus"));
        builder.UseSetting("Search:IndexPath", _indexPath);
        if (apiKey is not null)
        {
            builder.UseSetting("Search:ApiKey", apiKey);
        }

        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services =>
        {
            if (!StartIndexing)
            {
                services.RemoveAll<IHostedService>();
            }
        });
    }

    /// <summary>A client once /health/ready says the index is served.</summary>
    public async Task<HttpClient> ReadyClientAsync(TimeSpan? within = null)
    {
        var client = CreateClient();
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
            {
                return client;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The index did not become ready within {(within ?? TimeSpan.FromSeconds(30)).TotalSeconds} s.");
    }

    private IHost? _host;

    protected override IHost CreateHost(IHostBuilder builder) => _host = base.CreateHost(builder);

    /// <summary>
    /// Stops the host and returns only once the index writer is closed. The factory's own disposal can return while the
    /// application's entry point is still disposing the same services on its thread (both dispose one provider; the second
    /// call returns at once), so a test that reopens the folder could meet a writer still open. The store's Dispose is
    /// idempotent and takes the write lock, so calling it here waits for, or does, that close.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        var store = _host?.Services.GetService<IndexStore>();
        await base.DisposeAsync();
        store?.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!_ownsIndex)
        {
            return;
        }

        TempFolders.Delete(_indexPath);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Search.sln not found");
    }
}
