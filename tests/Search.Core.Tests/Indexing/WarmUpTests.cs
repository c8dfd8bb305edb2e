using Lucene.Net.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Indexing;

public sealed class WarmUpTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("warm-up-tests").FullName;

    /// <summary>Blocks in <see cref="Warm"/> until the test opens the gate, and records what it was given.</summary>
    private sealed class GateWarmer : IIndexWarmer
    {
        public ManualResetEventSlim Entered { get; } = new();
        public ManualResetEventSlim Gate { get; } = new();
        public List<int> SearchedDocs { get; } = [];

        public void Warm(IndexSearcher searcher, CancellationToken stop)
        {
            SearchedDocs.Add(searcher.IndexReader.NumDocs);
            Entered.Set();
            Gate.Wait(Patience);
        }
    }

    [Fact]
    public async Task The_store_is_ready_only_once_the_first_generation_is_warmed()
    {
        var warmer = new GateWarmer();
        using var store = NewStore(warmer);

        var build = Task.Run(() => store.Rebuild(Stories("one", "two"), "first", new CorpusReport()));
        Assert.True(warmer.Entered.Wait(Patience));

        Assert.False(store.IsReady);
        Assert.Null(store.Served);
        Assert.Throws<IndexNotReadyException>(() => store.Acquire().Dispose());
        Assert.Equal([2], warmer.SearchedDocs);

        warmer.Gate.Set();
        await build;
        Assert.True(store.IsReady);
        Assert.Equal("first", store.Served!.Fingerprint);
    }

    [Fact]
    public async Task A_rebuilt_generation_is_swapped_in_only_once_it_is_warmed()
    {
        var warmer = new GateWarmer();
        warmer.Gate.Set();
        using var store = NewStore(warmer);
        store.Rebuild(Stories("one"), "first", new CorpusReport());
        warmer.Gate.Reset();
        warmer.Entered.Reset();

        var rebuild = Task.Run(() => store.Rebuild(Stories("one", "two", "three"), "second", new CorpusReport()));
        Assert.True(warmer.Entered.Wait(Patience));

        Assert.Equal("first", store.Served!.Fingerprint);
        Assert.Equal(1, new SearchService(store).Search(new SearchRequest()).Total);

        warmer.Gate.Set();
        await rebuild;
        Assert.Equal("second", store.Served!.Fingerprint);
        Assert.Equal([1, 3], warmer.SearchedDocs);
    }

    [Fact]
    public async Task Reopening_a_committed_index_at_start_warms_it_before_it_is_served()
    {
        using (var first = NewStore(null))
        {
            first.Rebuild(Stories("one", "two"), "first", new CorpusReport());
        }

        var warmer = new GateWarmer();
        using var store = NewStore(warmer);
        var open = Task.Run(store.OpenExisting);
        Assert.True(warmer.Entered.Wait(Patience));

        Assert.False(store.IsReady);

        warmer.Gate.Set();
        Assert.Equal("first", (await open)!.Fingerprint);
        Assert.True(store.IsReady);
    }

    [Fact]
    public void A_warmer_that_fails_leaves_the_generation_served()
    {
        using var store = NewStore(new FailingWarmer());

        store.Rebuild(Stories("one"), "first", new CorpusReport());

        Assert.True(store.IsReady);
    }

    [Fact]
    public void The_engine_registers_a_search_and_a_related_warmer()
    {
        var configuration = new ConfigurationBuilder().Build();

        var warmers = new ServiceCollection().AddSearchEngine(configuration).Where(d => d.ServiceType == typeof(IIndexWarmer)).ToList();

        Assert.Equal(2, warmers.Count);
    }

    [Fact]
    public void Search_and_related_warmers_run_on_the_new_generation_before_it_is_served()
    {
        SearchService? search = null;
        RelatedFinder? related = null;
        var ran = new List<(string Warmer, bool Ready, Exception? Error)>();
        IndexStore? store = null;
        store = new IndexStore(
            Options.Create(new IndexingOptions { IndexPath = _folder, RamBufferMb = 16, WarmUpRounds = 2 }),
            new ArticleDocumentBuilder(EntityExtractor.Default.Extract),
            NullLogger<IndexStore>.Instance,
            warmers: () => [new Recording(new SearchWarmer(search!, 2), ran, () => store!.IsReady), new Recording(new RelatedWarmer(related!, 2), ran, () => store!.IsReady)]);
        using (store)
        {
            search = new SearchService(store);
            related = new RelatedFinder(store);

            store.Rebuild(TempIndex.SeedArticles(), "seed", new CorpusReport());

            Assert.Equal([("SearchWarmer", false, null), ("RelatedWarmer", false, null)], ran.Select(r => (r.Warmer, r.Ready, r.Error)));
            Assert.True(store.IsReady);
        }
    }

    /// <summary>Runs a real warmer and records whether the store was already serving and what the warmer threw.</summary>
    private sealed class Recording(IIndexWarmer inner, List<(string, bool, Exception?)> log, Func<bool> ready) : IIndexWarmer
    {
        public void Warm(IndexSearcher searcher, CancellationToken stop)
        {
            try
            {
                inner.Warm(searcher, stop);
                log.Add((inner.GetType().Name, ready(), null));
            }
            catch (Exception ex)
            {
                log.Add((inner.GetType().Name, ready(), ex));
                throw;
            }
        }
    }

    [Fact]
    public void The_warm_up_searches_are_representative_requests_that_find_articles()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());
        using var lease = index.Store.Acquire();

        Assert.Equal(6, WarmUpSample.Articles(lease.Searcher, 6).Count);
        // Every seed story, not only the sampled six (which depend on the build's document order).
        var requests = SearchWarmer.Requests(TempIndex.SeedArticles());

        Assert.True(requests.Count >= 40, $"{requests.Count} requests");
        Assert.Contains(requests, r => r.Sort == SearchSort.Newest);
        Assert.Contains(requests, r => r.Query!.StartsWith('"'));
        Assert.Contains(requests, r => r.Query!.EndsWith('*'));
        var search = new SearchService(index.Store);
        Assert.All(requests, r => Assert.True(search.Search(r).Total > 0, r.Query));
    }

    private sealed class FailingWarmer : IIndexWarmer
    {
        public void Warm(IndexSearcher searcher, CancellationToken stop) => throw new InvalidOperationException("warm-up failed");
    }

    private IndexStore NewStore(IIndexWarmer? warmer) => new(
        Options.Create(new IndexingOptions { IndexPath = _folder, RamBufferMb = 16 }),
        new ArticleDocumentBuilder(_ => Array.Empty<ArticleEntity>()),
        NullLogger<IndexStore>.Instance,
        warmers: warmer is null ? null : () => [warmer]);

    private static IEnumerable<Article> Stories(params string[] ids) =>
        ids.Select(id => new Article { Id = id, Title = $"Story {id}", Body = $"The {id} story." });

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
