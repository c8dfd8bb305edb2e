using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Api.Tests.Support;
using Search.Core.Articles;
using Search.Core.Indexing;

namespace Search.Api.Tests.Hosting;

/// <summary>
/// The service after each fault: it starts (or stays up), readiness recovers on its own, and every acknowledged write
/// is there. The engine's own tests cover each fault in detail; these check the whole host.
/// </summary>
public sealed class FaultRecoveryTests : IDisposable
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "search-api-faults", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_poisoned_journal_entry_is_quarantined_and_the_service_starts_ready_with_every_acknowledged_write()
    {
        await using (var first = new SearchApiFactory(_indexPath, WriteApi.Key))
        {
            var client = await first.AuthorizedClientAsync();
            Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync("/api/articles/volcano-1", WriteApi.Volcano)).StatusCode);
        }

        // What an older version let through: a section past Lucene's term limit, and a put without a title.
        var journal = new WriteJournal(_indexPath, NullLogger.Instance);
        journal.Append(new JournalEntry(JournalEntry.Put, "poison", new Article { Id = "poison", Title = "Poison", Body = "b", Section = new string('s', 40_000) }));
        journal.Append(new JournalEntry(JournalEntry.Put, "no-title", new Article { Id = "no-title", Title = null!, Body = "b" }));

        await using var second = new SearchApiFactory(_indexPath, WriteApi.Key);
        var again = await second.AuthorizedClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/articles/volcano-1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await again.GetAsync("/api/articles/poison")).StatusCode);
        var health = await again.GetStringAsync("/health/ready");
        Assert.Contains("\"quarantined\":2", health, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await again.PutAsJsonAsync("/api/articles/volcano-2", WriteApi.Volcano)).StatusCode);
    }

    [Fact]
    public async Task A_damaged_served_generation_is_set_aside_and_the_service_heals_to_ready_with_every_acknowledged_write()
    {
        await using (var first = new SearchApiFactory(_indexPath, WriteApi.Key))
        {
            var client = await first.AuthorizedClientAsync();
            Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync("/api/articles/volcano-1", WriteApi.Volcano)).StatusCode);
        }

        var served = Path.Combine(_indexPath, File.ReadAllText(Path.Combine(_indexPath, "current")).Trim());
        var segments = Directory.GetFiles(served, "segments_*").Single();
        File.WriteAllBytes(segments, File.ReadAllBytes(segments)[..10]);

        await using var second = new SearchApiFactory(_indexPath, WriteApi.Key);
        var again = await second.AuthorizedClientAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/articles/volcano-1")).StatusCode);
        Assert.True(await again.TotalAsync("kazakhstan") > 0);
        Assert.Single(Directory.GetDirectories(_indexPath, "bad-*"));
    }

    public void Dispose() => TempFolders.Delete(_indexPath);
}
