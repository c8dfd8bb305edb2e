using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Schema;
using Search.Evaluation.Baselines;

namespace Search.Evaluation.Related;

/// <summary>
/// Measures "More from" against plain MoreLikeThis: one real index per dataset (the store, the entity
/// extractor and the analyzers the product uses), then same-label precision@5 of both lists for every
/// query article, and the time of each call. Every query is an article's first call, so nothing is cached.
/// </summary>
public sealed class RelatedEvaluator(RelatedOptions? options = null, ILogger? logger = null)
{
    public const int ListLength = 5;

    /// <summary>Calls made before timing starts, on articles outside the query set, so JIT and cold caches are not measured.</summary>
    private const int WarmUpCalls = 20;

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <param name="sample">Query articles to sample (seeded); null for the dataset's default, 0 for every eligible article.</param>
    public RelatedEvaluationResult Evaluate(RelatedDataset dataset, string dataFolder, int? sample = null, int seed = 42, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var articles = dataset.Load(dataFolder);
        var byId = articles.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        var queries = SampleQueries(articles.Where(dataset.IsQuery), sample ?? dataset.DefaultSample, seed);

        var folder = Path.Combine(Path.GetTempPath(), "search-eval", Guid.NewGuid().ToString("N"));
        try
        {
            using var store = BuildIndex(articles, folder, dataset.Name);
            var finder = new RelatedFinder(store, options);
            using var lease = store.Acquire();
            var baseline = new MoreLikeThisBaseline(lease.Searcher, AnalyzerFactory.CreateIndexAnalyzer());
            var queryIds = queries.Select(q => q.Article.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var warm in articles.Where(a => !queryIds.Contains(a.Article.Id)).Take(WarmUpCalls))
            {
                finder.ForArticle(warm.Article.Id, ListLength);
                baseline.Find(warm.Article, ListLength);
            }

            var ours = new Tally();
            var theirs = new Tally();
            var clock = new Stopwatch();
            foreach (var query in queries)
            {
                cancel.ThrowIfCancellationRequested();
                clock.Restart();
                var related = finder.ForArticle(query.Article.Id, ListLength) ?? [];
                ours.Add(clock.Elapsed.TotalMilliseconds, Hits(dataset, query, related.Select(r => r.Id), byId), related.Count);

                clock.Restart();
                var similar = baseline.Find(query.Article, ListLength);
                theirs.Add(clock.Elapsed.TotalMilliseconds, Hits(dataset, query, similar, byId), similar.Count);
            }

            _logger.LogInformation("{Dataset}: {Queries} queries, ours P@5 {Ours:F3}, MoreLikeThis P@5 {Baseline:F3}", dataset.Name, queries.Count, ours.Precision, theirs.Precision);
            return new RelatedEvaluationResult(
                dataset.Name, articles.Count, queries.Count, ours.Precision, theirs.Precision, ours.MeanResults, theirs.MeanResults,
                RelatedLatency.From(ours.Milliseconds), RelatedLatency.From(theirs.Milliseconds));
        }
        finally
        {
            TryDelete(folder);
        }
    }

    /// <summary>Every eligible article, or a seeded sample of them: ordered by id first so the sample does not depend on file order.</summary>
    public static IReadOnlyList<LabeledNewsArticle> SampleQueries(IEnumerable<LabeledNewsArticle> eligible, int sample, int seed)
    {
        var ordered = eligible.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToArray();
        if (sample <= 0 || sample >= ordered.Length)
        {
            return ordered;
        }

        new Random(seed).Shuffle(ordered);
        return ordered[..sample];
    }

    private static int Hits(RelatedDataset dataset, LabeledNewsArticle query, IEnumerable<string> ids, Dictionary<string, LabeledNewsArticle> byId) =>
        ids.Take(ListLength).Count(id => byId.TryGetValue(id, out var result) && dataset.IsHit(query, result));

    private IndexStore BuildIndex(IReadOnlyList<LabeledNewsArticle> articles, string folder, string name)
    {
        var clock = Stopwatch.StartNew();
        var indexing = Options.Create(new IndexingOptions { IndexPath = folder, RamBufferMb = 64 });
        var store = new IndexStore(indexing, new ArticleDocumentBuilder(EntityExtractor.Default.Extract), NullLogger<IndexStore>.Instance);
        try
        {
            store.Rebuild(articles.Select(a => a.Article), name, new CorpusReport());
        }
        catch
        {
            store.Dispose();
            throw;
        }

        _logger.LogInformation("{Dataset}: indexed {Articles} articles in {ElapsedMs} ms", name, articles.Count, clock.ElapsedMilliseconds);
        return store;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }

    private sealed class Tally
    {
        private int _hits;
        private int _results;

        public List<double> Milliseconds { get; } = [];

        /// <summary>Hits over 5 slots per query: a short list is not rewarded for being short.</summary>
        public double Precision => Milliseconds.Count == 0 ? 0 : _hits / (double)(ListLength * Milliseconds.Count);

        public double MeanResults => Milliseconds.Count == 0 ? 0 : _results / (double)Milliseconds.Count;

        public void Add(double milliseconds, int hits, int results)
        {
            Milliseconds.Add(milliseconds);
            _hits += hits;
            _results += results;
        }
    }
}
