using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Core.Tests.Indexing;

/// <summary>The journal is a real log: torn tails cut, damage in the middle kept aside and reported, poisoned entries quarantined.</summary>
public sealed class JournalFaultTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("journal-faults").FullName;

    private string JournalFile => Path.Combine(_root, WriteJournal.FileName);

    private string Quarantine => Path.Combine(_root, WriteJournal.QuarantineFolderName);

    [Fact]
    public void A_damaged_record_in_the_middle_is_kept_aside_and_reported_while_the_records_around_it_are_read()
    {
        var journal = new WriteJournal(_root, NullLogger.Instance);
        journal.Append(Put("a"));
        var secondStart = journal.Length;
        journal.Append(Put("b"));
        journal.Append(Put("c"));
        FlipByte(secondStart + 20);

        var reopened = new WriteJournal(_root, NullLogger.Instance);

        Assert.Equal(["a", "c"], reopened.Read(0).Select(r => r.Entry.Id));
        Assert.Equal(1, reopened.DamagedRecords);
        Assert.Single(Directory.GetFiles(Quarantine, "record-*.bin"));
        Assert.Equal(new FileInfo(JournalFile).Length, reopened.Length);
    }

    [Fact]
    public void What_a_failed_append_left_behind_never_swallows_the_next_acknowledged_write()
    {
        var journal = new WriteJournal(_root, NullLogger.Instance);
        journal.Append(Put("a"));
        // A disk that filled mid-append leaves part of a record after the last whole one.
        File.AppendAllBytes(JournalFile, Encoding.UTF8.GetBytes("JRNL\u00ff\u00ff partial"));

        journal.Append(Put("b"));

        Assert.Equal(["a", "b"], journal.Read(0).Select(r => r.Entry.Id));
        Assert.Equal(["a", "b"], new WriteJournal(_root, NullLogger.Instance).Read(0).Select(r => r.Entry.Id));
        Assert.Equal(0, new WriteJournal(_root, NullLogger.Instance).DamagedRecords);
    }

    [Fact]
    public void A_torn_tail_is_cut_back_to_the_last_whole_record_before_anything_is_appended()
    {
        var journal = new WriteJournal(_root, NullLogger.Instance);
        journal.Append(Put("a"));
        var whole = journal.Length;
        File.AppendAllBytes(JournalFile, [0x4A, 0x52, 0x4E, 0x4C, 50, 0, 0, 0]);

        var reopened = new WriteJournal(_root, NullLogger.Instance);

        Assert.Equal(whole, new FileInfo(JournalFile).Length);
        reopened.Append(Put("b"));
        Assert.Equal(["a", "b"], reopened.Read(0).Select(r => r.Entry.Id));
    }

    [Fact]
    public void An_entry_that_cannot_be_indexed_is_quarantined_and_the_build_goes_on()
    {
        var journal = new WriteJournal(_root, NullLogger.Instance);
        journal.Append(Put("good-1"));
        journal.Append(new JournalEntry(JournalEntry.Put, "no-title", new Article { Id = "no-title", Title = null!, Body = "b" }));
        // A section longer than Lucene's term limit: refused by the writer, not by the journal.
        journal.Append(new JournalEntry(JournalEntry.Put, "huge-section", Article("huge-section") with { Section = new string('s', 40_000) }));
        journal.Append(Put("good-2"));

        using var store = new IndexStore(Options.Create(new IndexingOptions { IndexPath = _root, RamBufferMb = 16 }), new ArticleDocumentBuilder(_ => []), NullLogger<IndexStore>.Instance);
        store.Rebuild([Article("corpus-1")], "v1", new CorpusReport());

        var lookup = new ArticleLookup(store);
        Assert.NotNull(lookup.Find("good-1"));
        Assert.NotNull(lookup.Find("good-2"));
        Assert.Null(lookup.Find("no-title"));
        Assert.Null(lookup.Find("huge-section"));
        // The null title cannot even be read as an entry (kept aside as its record); the huge section is refused by Lucene.
        Assert.Single(Directory.GetFiles(Quarantine, "record-*.bin"));
        Assert.Single(Directory.GetFiles(Quarantine, "entry-*.json"));
        Assert.Equal(2, store.Health.Quarantined);

        // The next build meets them again and neither fails nor quarantines them twice.
        store.Rebuild([Article("corpus-1")], "v2", new CorpusReport());
        Assert.Equal(2, Directory.GetFiles(Quarantine).Length);
        Assert.Equal(3, store.Served!.Articles);
    }

    [Fact]
    public void A_journal_of_the_earlier_line_format_is_carried_over_once()
    {
        File.WriteAllText(Path.Combine(_root, "api-writes.jsonl"), """
            {"op":"put","id":"old-1","article":{"id":"old-1","title":"Old one","body":"Body."}}
            {"op":"delete","id":"old-2"}
            {"op":"put","id":"torn","arti
            """);

        var journal = new WriteJournal(_root, NullLogger.Instance);

        Assert.Equal(["old-1", "old-2"], journal.Read(0).Select(r => r.Entry.Id));
        Assert.True(File.Exists(Path.Combine(_root, "api-writes.jsonl.migrated")));
        Assert.Single(Directory.GetFiles(Quarantine, "legacy-line-*.jsonl")); // the torn line, kept aside rather than dropped
        Assert.Equal(["old-1", "old-2"], new WriteJournal(_root, NullLogger.Instance).Read(0).Select(r => r.Entry.Id));
    }

    private void FlipByte(long at)
    {
        using var stream = new FileStream(JournalFile, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = at;
        var value = stream.ReadByte();
        stream.Position = at;
        stream.WriteByte((byte)(value ^ 0xFF));
    }

    private static JournalEntry Put(string id) => new(JournalEntry.Put, id, Article(id));

    private static Article Article(string id) => new() { Id = id, Title = "Title " + id, Body = "Body of " + id + " in the news." };

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
