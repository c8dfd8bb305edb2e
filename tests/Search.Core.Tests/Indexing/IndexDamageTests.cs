using Lucene.Net.Index;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Core.Tests.Indexing;

/// <summary>Damage to the served index is detected and healed: set aside (never deleted), the previous good generation served, a rebuild asked for.</summary>
public sealed class IndexDamageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("index-damage").FullName;

    [Fact]
    public void A_truncated_commit_point_makes_the_previous_good_generation_serve_and_asks_for_a_rebuild()
    {
        var (_, newest) = TwoGenerations();
        var segments = Directory.GetFiles(newest, "segments_*").Single();
        File.WriteAllBytes(segments, File.ReadAllBytes(segments)[..10]);

        using var store = NewStore();
        var reasons = new List<string>();
        store.RecoveryNeeded += reasons.Add;
        var served = store.OpenExisting();

        Assert.Equal("v1", served!.Fingerprint);
        Assert.NotEmpty(reasons);
        Assert.NotNull(new ArticleLookup(store).Find("a-1"));
    }

    [Fact]
    public void Flipped_bytes_in_the_index_files_fail_the_checksum_and_the_generation_is_set_aside_not_deleted()
    {
        var (_, newest) = TwoGenerations();
        var largest = new DirectoryInfo(newest).EnumerateFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal)).MaxBy(f => f.Length)!;
        FlipByte(largest.FullName, largest.Length / 2);

        using var store = NewStore();
        var served = store.OpenExisting();

        Assert.Equal("v1", served!.Fingerprint);
        Assert.Equal(1, store.Health.GenerationsSetAside);
        var setAside = Assert.Single(Directory.GetDirectories(_root, "bad-*"));
        Assert.Contains(Path.GetFileName(newest), Path.GetFileName(setAside), StringComparison.Ordinal);
    }

    [Fact]
    public void A_current_pointer_naming_a_garbage_folder_never_costs_the_good_generation()
    {
        var (_, newest) = TwoGenerations();
        var garbage = Path.Combine(_root, "gen-garbage");
        Directory.CreateDirectory(garbage);
        File.WriteAllText(Path.Combine(garbage, "segments_1"), "not an index");
        File.WriteAllText(Path.Combine(_root, "current"), "gen-garbage");
        File.Delete(Path.Combine(_root, "previous"));

        using var store = NewStore();
        var served = store.OpenExisting();

        Assert.Equal("v2", served!.Fingerprint);
        Assert.True(Directory.Exists(newest));
    }

    [Fact]
    public void With_no_good_generation_left_nothing_is_served_the_damaged_one_is_kept_and_a_rebuild_heals()
    {
        using (var first = NewStore())
        {
            first.Rebuild([Article("a-1")], "v1", new CorpusReport());
            first.Upsert(Article("api-1"));
        }

        var only = Directory.GetDirectories(_root, "gen-*").Single();
        var segments = Directory.GetFiles(only, "segments_*").Single();
        File.WriteAllBytes(segments, File.ReadAllBytes(segments)[..10]);

        using var store = NewStore();
        Assert.Null(store.OpenExisting());
        Assert.Single(Directory.GetDirectories(_root, "bad-*"));

        store.Rebuild([Article("a-1")], "v1", new CorpusReport());
        var lookup = new ArticleLookup(store);
        Assert.NotNull(lookup.Find("a-1"));
        Assert.NotNull(lookup.Find("api-1")); // the journal carried the API write across the damage
    }

    [Fact]
    public async Task Damage_met_by_a_read_at_run_time_is_verified_then_the_previous_good_generation_takes_over()
    {
        var (_, newest) = TwoGenerations();
        using var store = NewStore();
        store.OpenExisting();
        var reasons = new List<string>();
        store.RecoveryNeeded += reasons.Add;
        var largest = new DirectoryInfo(newest).EnumerateFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal)).MaxBy(f => f.Length)!;
        FlipByte(largest.FullName, largest.Length / 2);

        Assert.True(store.ReportCorruption(new CorruptIndexException("checksum failed (as a search met it)")));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((store.Served?.Fingerprint != "v1" || reasons.Count == 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal("v1", store.Served?.Fingerprint);
        Assert.NotEmpty(reasons);
    }

    [Fact]
    public void A_report_that_is_not_damage_changes_nothing()
    {
        TwoGenerations();
        using var store = NewStore();
        store.OpenExisting();

        Assert.False(store.ReportCorruption(new InvalidOperationException("a bug, not damage")));
        Assert.Equal("v2", store.Served!.Fingerprint);
    }

    private (string Oldest, string Newest) TwoGenerations()
    {
        using var store = NewStore();
        store.Rebuild([Article("a-1"), Article("a-2")], "v1", new CorpusReport());
        var oldest = Directory.GetDirectories(_root, "gen-*").Single();
        store.Rebuild([Article("a-1"), Article("a-2"), Article("a-3")], "v2", new CorpusReport());
        var newest = Directory.GetDirectories(_root, "gen-*").Single(d => d != oldest);
        return (oldest, newest);
    }

    private IndexStore NewStore() =>
        new(Options.Create(new IndexingOptions { IndexPath = _root, RamBufferMb = 16 }), new ArticleDocumentBuilder(_ => []), NullLogger<IndexStore>.Instance);

    private static void FlipByte(string file, long at)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = at;
        var value = stream.ReadByte();
        stream.Position = at;
        stream.WriteByte((byte)(value ^ 0x5A));
    }

    private static Article Article(string id) => new() { Id = id, Title = "Title " + id, Body = "Body of " + id + " about volcanoes and oil." };

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
