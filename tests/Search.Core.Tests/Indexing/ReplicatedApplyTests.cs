using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// A replica's side of the stream in the index owner: writes applied in sequence order, redeliveries skipped, and the
/// last sequence kept in the journal and the commit so a restart or a rebuild resumes right after it.
/// </summary>
public sealed class ReplicatedApplyTests
{
    [Fact]
    public void Stream_writes_are_applied_in_order_and_a_redelivered_one_is_skipped()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());

        var first = index.Store.ApplyReplicated([Put("quake", 1, "Quake in Chile"), Put("flood", 2, "Flood in Spain")]);
        var second = index.Store.ApplyReplicated([Put("quake", 2, "Redelivered, never applied"), Delete("flood", 3)]);

        Assert.Equal([1L, 2L], first.Select(e => e.Sequence!.Value));
        Assert.Equal([3L], second.Select(e => e.Sequence!.Value));
        Assert.Equal(3, index.Store.AppliedSequence);
        Assert.True(index.Store.Contains("quake"));
        Assert.False(index.Store.Contains("flood"));
        Assert.Equal("Quake in Chile", Title(index.Store, "quake"));
    }

    [Fact]
    public void A_restart_resumes_after_the_sequence_its_commit_and_journal_name()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());
        index.Store.ApplyReplicated([Put("quake", 1, "Quake in Chile"), Put("flood", 2, "Flood in Spain")]);
        index.Store.Dispose();

        using var reopened = new IndexStore(index.Options, new ArticleDocumentBuilder(EntityExtractor.Default.Extract), NullLogger<IndexStore>.Instance);
        var served = reopened.OpenExisting();

        Assert.Equal(2, served?.StreamSequence);
        Assert.Equal(2, reopened.AppliedSequence);
        Assert.True(reopened.Contains("flood"));
    }

    [Fact]
    public void A_rebuild_from_the_corpus_keeps_the_stream_writes_and_their_sequence()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());
        index.Store.ApplyReplicated([Put("quake", 1, "Quake in Chile"), new JournalEntry(JournalEntry.Reindex, "*", null, 2)]);

        var rebuilt = index.Store.Rebuild(TempIndex.SeedArticles(), "test-2", new CorpusReport());

        Assert.Equal(2, rebuilt.StreamSequence);
        Assert.Equal(2, index.Store.AppliedSequence);
        Assert.True(index.Store.Contains("quake"));
    }

    [Fact]
    public void A_single_nodes_commit_carries_no_stream_sequence()
    {
        var single = new IndexCommitInfo("fp", 9, DateTimeOffset.UnixEpoch, 120);
        var replica = single with { StreamSequence = 42 };

        Assert.DoesNotContain("streamSequence", single.ToUserData().Keys);
        Assert.Equal(42, IndexCommitInfo.FromUserData(replica.ToUserData())!.StreamSequence);
        Assert.Equal(0, IndexCommitInfo.FromUserData(single.ToUserData())!.StreamSequence);
    }

    private static JournalEntry Put(string id, long sequence, string title) =>
        new(JournalEntry.Put, id, new Article { Id = id, Title = title, Body = title + ": reports from the scene." }, sequence);

    private static JournalEntry Delete(string id, long sequence) => new(JournalEntry.Delete, id, null, sequence);

    private static string Title(IndexStore store, string id)
    {
        using var lease = store.Acquire();
        return ArticleLookup.Find(lease.Searcher, id)!.Article.Title;
    }
}
