using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Core.Tests.Indexing;

public sealed class WriteJournalTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("journal-tests").FullName;

    [Fact]
    public void Api_writes_are_replayed_after_a_crash_before_the_index_commit()
    {
        var options = Options.Create(new IndexingOptions { IndexPath = _root, RamBufferMb = 16 });
        using (var store = NewStore(options))
        {
            store.Rebuild([Article("corpus-1", "Kazakh oil")], "v1", new CorpusReport());
        }

        // A crash after journaling but before the index commit: only the journal has the writes,
        // and the last line was torn mid-append.
        var journal = new WriteJournal(_root, NullLogger.Instance);
        journal.Append(new JournalEntry(JournalEntry.Put, "api-1", Article("api-1", "Volcano in Iceland")));
        journal.Append(new JournalEntry(JournalEntry.Delete, "corpus-1", null));
        File.AppendAllBytes(Path.Combine(_root, WriteJournal.FileName), [0x4A, 0x52, 0x4E, 0x4C, 200, 0, 0, 0, 1, 2, 3, 4, (byte)'{']);

        using var reopened = NewStore(options);
        reopened.OpenExisting();

        var search = new SearchService(reopened);
        Assert.Equal(1, search.Search(new SearchRequest { Query = "volcano" }).Total);
        Assert.Equal(0, search.Search(new SearchRequest { Query = "kazakh" }).Total);
        Assert.Null(new ArticleLookup(reopened).Find("torn"));
        Assert.Equal(journal.Length, new FileInfo(Path.Combine(_root, WriteJournal.FileName)).Length);
    }

    [Fact]
    public void A_rebuild_keeps_api_writes_on_top_of_the_corpus()
    {
        var options = Options.Create(new IndexingOptions { IndexPath = _root, RamBufferMb = 16 });
        using var store = NewStore(options);
        store.Rebuild([Article("corpus-1", "Kazakh oil"), Article("corpus-2", "Russian gas")], "v1", new CorpusReport());
        store.Upsert(Article("corpus-1", "Kazakh oil, corrected"));
        store.Upsert(Article("api-1", "Volcano in Iceland"));
        Assert.True(store.Delete("corpus-2"));

        store.Rebuild([Article("corpus-1", "Kazakh oil"), Article("corpus-2", "Russian gas"), Article("corpus-3", "Chinese steel")], "v2", new CorpusReport());

        var lookup = new ArticleLookup(store);
        Assert.Equal("Kazakh oil, corrected", lookup.Find("corpus-1")!.Article.Title);
        Assert.NotNull(lookup.Find("api-1"));
        Assert.Null(lookup.Find("corpus-2"));
        Assert.NotNull(lookup.Find("corpus-3"));
        Assert.Equal(3, store.Served!.Articles);
    }

    private static Article Article(string id, string title) => new() { Id = id, Title = title, Body = title + " in the news today." };

    private static IndexStore NewStore(IOptions<IndexingOptions> options) =>
        new(options, new ArticleDocumentBuilder(_ => []), NullLogger<IndexStore>.Instance);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
