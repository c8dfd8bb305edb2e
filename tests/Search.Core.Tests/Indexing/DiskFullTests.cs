using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// A full disk is survivable: writes are refused (nothing half-recorded), reads go on from the last commit, and once
/// space returns writes work again without a restart and nothing acknowledged is lost. Runs on a small tmpfs; skipped,
/// with the reason, where one cannot be mounted.
/// </summary>
public sealed class DiskFullTests
{
    [SkippableFact]
    public async Task Writes_on_a_full_disk_are_refused_reads_go_on_and_writes_work_again_when_space_returns()
    {
        using var disk = TmpfsMount.TryMount(24, out var reason);
        Skip.If(disk is null, "Skipped: " + reason);
        var root = Path.Combine(disk!.Path, "index");
        var acknowledged = new List<string>();
        using (var store = NewStore(root))
        {
            store.Rebuild(Enumerable.Range(0, 50).Select(i => Article($"corpus-{i}")), "v1", new CorpusReport());
            store.Upsert(Article("before-full"));
            acknowledged.Add("before-full");
            var filler = disk.Fill();

            // Either the journal append or the flush behind the refresh meets the full disk; neither is acknowledged.
            var refused = Assert.ThrowsAny<IOException>(() => store.Upsert(Article("while-full")));
            Assert.True(refused is JournalWriteException { DiskFull: true } || refused.Message.Contains("No space", StringComparison.Ordinal), refused.Message);
            Assert.True(store.Health.WritesFailing);
            Assert.True(new SearchService(store).Search(new SearchRequest { Query = "volcano" }).Total > 0);
            Assert.NotNull(new ArticleLookup(store).Find("before-full"));

            // The commit timer meets the full disk too: the process goes on, the writes stay in the journal.
            await Task.Delay(2_500);

            File.Delete(filler);
            store.Upsert(Article("after-space"));
            acknowledged.Add("after-space");
            await WaitFor(() => !store.Health.WritesFailing);
        }

        using var reopened = NewStore(root);
        reopened.OpenExisting();
        var lookup = new ArticleLookup(reopened);
        Assert.All(acknowledged, id => Assert.NotNull(lookup.Find(id)));
        Assert.Equal(0, reopened.Health.DamagedJournalRecords);
    }

    [SkippableFact]
    public void A_rebuild_that_fills_the_disk_fails_cleanly_and_the_served_generation_keeps_serving()
    {
        using var disk = TmpfsMount.TryMount(24, out var reason);
        Skip.If(disk is null, "Skipped: " + reason);
        using var store = NewStore(Path.Combine(disk!.Path, "index"));
        store.Rebuild(Enumerable.Range(0, 50).Select(i => Article($"corpus-{i}")), "v1", new CorpusReport());
        var filler = disk.Fill(spareBytes: 256 * 1024);

        Assert.ThrowsAny<IOException>(() => store.Rebuild(Enumerable.Range(0, 5_000).Select(i => Article($"big-{i}")), "v2", new CorpusReport()));

        Assert.Equal("v1", store.Served!.Fingerprint);
        Assert.NotNull(new ArticleLookup(store).Find("corpus-1"));
        File.Delete(filler);
        store.Rebuild(Enumerable.Range(0, 60).Select(i => Article($"corpus-{i}")), "v3", new CorpusReport());
        Assert.Equal(60, store.Served!.Articles);
    }

    private static IndexStore NewStore(string root) =>
        new(Options.Create(new IndexingOptions { IndexPath = root, RamBufferMb = 16, ResidentPostingsMb = 0 }), new ArticleDocumentBuilder(_ => []), NullLogger<IndexStore>.Instance);

    private static Article Article(string id) => new()
    {
        Id = id,
        Title = "Volcano report " + id,
        Body = string.Join(' ', Enumerable.Repeat("The volcano erupted again near the village, and ash fell on fields " + id + ".", 20)),
    };

    private static async Task WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(condition());
    }
}
