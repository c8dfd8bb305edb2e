using System.Net;
using System.Net.Http.Json;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Features.Admin;

public sealed class ReindexTests : IDisposable
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "search-api-writes", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Writes_survive_a_restart_and_a_full_rebuild()
    {
        await using (var first = new SearchApiFactory(_indexPath, WriteApi.Key))
        {
            var client = await first.AuthorizedClientAsync();
            Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync("/api/articles/volcano-iceland", WriteApi.Volcano)).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/articles/supreme-court-appears-poised-to-uphold-tiktok-ban")).StatusCode);
        }

        await using var second = new SearchApiFactory(_indexPath, WriteApi.Key);
        var again = await second.AuthorizedClientAsync();
        Assert.Equal(1, await again.TotalAsync("Grindavik"));
        Assert.Equal(0, await again.TotalAsync("TikTok"));

        var before = await again.GetStringAsync("/health/ready");
        var reindex = await again.PostAsync("/api/admin/reindex", null);
        Assert.Equal(HttpStatusCode.Accepted, reindex.StatusCode);
        Assert.Equal("/health/ready", reindex.Headers.Location?.OriginalString);
        await WriteApi.WaitUntilAsync(async () => await again.GetStringAsync("/health/ready") != before);

        Assert.Equal(1, await again.TotalAsync("Grindavik"));
        Assert.Equal(0, await again.TotalAsync("TikTok"));
        Assert.Equal(9, await again.TotalAsync(""));
    }

    [Fact]
    public async Task Searches_during_a_rebuild_never_fail()
    {
        await using var factory = new SearchApiFactory(_indexPath, WriteApi.Key);
        var client = await factory.AuthorizedClientAsync();
        var failures = 0;
        var served = 0;
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync("/api/search?q=russia");
                Interlocked.Increment(ref served);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();

        var before = await client.GetStringAsync("/health/ready");
        for (var i = 0; i < 3; i++)
        {
            var status = await client.GetStringAsync("/health/ready");
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/admin/reindex", null)).StatusCode);
            await WriteApi.WaitUntilAsync(async () => await client.GetStringAsync("/health/ready") != status);
        }

        stop.Cancel();
        await Task.WhenAll(load);
        Assert.NotEqual(before, await client.GetStringAsync("/health/ready"));
        Assert.Equal(0, failures);
        Assert.True(served > 10, $"only {served} searches ran");
        // The served generation and the previous good one (the fallback against damage); older ones are gone once the
        // last requested rebuild has finished (a request that joined a queued one can still be building when health
        // first changes, with its new folder beside the two).
        await WriteApi.WaitUntilAsync(() => Task.FromResult(Directory.GetDirectories(_indexPath, "gen-*").Length == 2));
        Assert.Equal(2, Directory.GetDirectories(_indexPath, "gen-*").Length);
    }

    public void Dispose() => TempFolders.Delete(_indexPath);
}
