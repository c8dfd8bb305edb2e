using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Core.Tests.Indexing;

public sealed class CorpusIndexerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indexer-tests").FullName;
    private string Corpus => Path.Combine(_root, "corpus");
    private string IndexPath => Path.Combine(_root, "lucene");

    [Fact]
    public async Task Restart_with_an_unchanged_corpus_serves_the_committed_index_without_rebuilding()
    {
        WriteCorpus("a.jsonl", Line("one", "Kazakh oil"), Line("two", "Russian gas"));
        using (var first = NewStore())
        {
            Assert.True(await NewIndexer(first).EnsureCurrentAsync(force: false, CancellationToken.None));
            Assert.Equal(2, first.Served!.Articles);
        }

        using var second = NewStore();
        Assert.False(await NewIndexer(second).EnsureCurrentAsync(force: false, CancellationToken.None));
        Assert.True(second.IsReady);
        Assert.Equal(2, new SearchService(second).Search(new SearchRequest()).Total);
    }

    [Fact]
    public async Task Changed_corpus_is_rebuilt_into_a_new_generation_the_replaced_one_kept_as_fallback_and_older_ones_removed()
    {
        WriteCorpus("a.jsonl", Line("one", "Kazakh oil"));
        using var store = NewStore();
        var indexer = NewIndexer(store);
        await indexer.EnsureCurrentAsync(force: false, CancellationToken.None);
        using var oldLease = store.Acquire();

        WriteCorpus("b.jsonl", Line("two", "Russian gas"), Line("one", "Kazakh oil, updated"));
        Assert.True(await indexer.EnsureCurrentAsync(force: false, CancellationToken.None));

        Assert.Equal(2, new SearchService(store).Search(new SearchRequest()).Total);
        Assert.Equal("Kazakh oil, updated", new ArticleLookup(store).Find("one")!.Article.Title);
        // The lease taken before the swap still reads its own point-in-time view.
        Assert.Equal(1, oldLease.Searcher.IndexReader.NumDocs);
        var firstTwo = Directory.GetDirectories(IndexPath, "gen-*").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, firstTwo.Length); // the served generation and the previous good one, the fallback against damage

        WriteCorpus("c.jsonl", Line("three", "Chinese steel"));
        Assert.True(await indexer.EnsureCurrentAsync(force: false, CancellationToken.None));
        var lastTwo = Directory.GetDirectories(IndexPath, "gen-*").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, lastTwo.Length);
        Assert.DoesNotContain(firstTwo[0], lastTwo);
        Assert.Contains(firstTwo[1], lastTwo);
    }

    [Fact]
    public async Task Repeated_ids_keep_the_later_article()
    {
        WriteCorpus("a.jsonl", Line("same", "First version"), Line("other", "Other"), Line("same", "Second version"));
        using var store = NewStore();
        await NewIndexer(store).EnsureCurrentAsync(force: false, CancellationToken.None);

        Assert.Equal(2, store.Served!.Articles);
        Assert.Equal("Second version", new ArticleLookup(store).Find("same")!.Article.Title);
        Assert.Equal(2, new SearchService(store).Search(new SearchRequest()).Total);
    }

    [Fact]
    public async Task Leftover_generation_of_an_interrupted_build_is_removed_on_start()
    {
        WriteCorpus("a.jsonl", Line("one", "Kazakh oil"));
        using (var first = NewStore())
        {
            await NewIndexer(first).EnsureCurrentAsync(force: false, CancellationToken.None);
        }

        var leftover = Directory.CreateDirectory(Path.Combine(IndexPath, "gen-99999999-interrupted"));
        File.WriteAllText(Path.Combine(leftover.FullName, "_0.fdt"), "half a segment");

        using var second = NewStore();
        Assert.False(await NewIndexer(second).EnsureCurrentAsync(force: false, CancellationToken.None));
        Assert.False(leftover.Exists && Directory.Exists(leftover.FullName));
        Assert.Equal(1, new SearchService(second).Search(new SearchRequest()).Total);
    }

    [Fact]
    public async Task A_rebuild_requested_while_a_build_runs_is_not_dropped_and_a_burst_costs_one_more_build()
    {
        WriteCorpus("a.jsonl", Line("one", "Kazakh oil"));
        using var store = NewStore();
        var indexer = NewIndexer(store);
        var hold = new TaskCompletionSource();
        var starts = 0;
        indexer.Starting = () => Interlocked.Increment(ref starts) == 1 ? hold.Task : Task.CompletedTask;

        var running = indexer.EnsureCurrentAsync(force: true, CancellationToken.None);
        await Until(() => Volatile.Read(ref starts) == 1);
        Assert.True(indexer.IsBuilding);
        var failures = new List<Exception>();
        Assert.True(indexer.RequestRebuild(failures.Add));
        Assert.False(indexer.RequestRebuild(failures.Add), "a request while another waits joins it");
        Assert.False(indexer.RequestRebuild(failures.Add));
        hold.SetResult();
        await running;

        await Until(() => Volatile.Read(ref starts) == 2 && !indexer.IsBuilding);
        await Task.Delay(200);
        Assert.Equal(2, Volatile.Read(ref starts));
        Assert.Empty(failures);
        Assert.True(store.IsReady);
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the condition did not hold within 30 s");
    }

    private static string Line(string id, string title) =>
        $$"""{"id":"{{id}}","title":"{{title}}","body":"{{title}} body text"}""";

    private void WriteCorpus(string file, params string[] lines)
    {
        Directory.CreateDirectory(Corpus);
        File.WriteAllLines(Path.Combine(Corpus, file), lines);
    }

    private IndexStore NewStore() => new(Options(), new ArticleDocumentBuilder(_ => []), NullLogger<IndexStore>.Instance);

    private CorpusIndexer NewIndexer(IndexStore store) => new(store, Options(), NullLogger<CorpusIndexer>.Instance);

    private IOptions<IndexingOptions> Options() =>
        Microsoft.Extensions.Options.Options.Create(new IndexingOptions { CorpusPath = Corpus, IndexPath = IndexPath, RamBufferMb = 16 });

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
