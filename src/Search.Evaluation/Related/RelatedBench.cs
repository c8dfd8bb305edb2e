using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Schema;
using Search.Core.Semantics;
using Search.Evaluation.Baselines;
using Search.Evaluation.Fitting;

namespace Search.Evaluation.Related;

/// <summary>
/// One dataset ready to be asked: its articles indexed once into a temporary folder by the product's own
/// store (entity extractor, analyzers), its query articles chosen, each query's mates counted. Any
/// <see cref="RelatedSystem"/>, or our finder with any <see cref="RelatedOptions"/>, then runs on the same
/// index and the same queries, and is judged the same way. A fitter builds a bench once and takes its
/// <see cref="FitQueries"/>, or calls <see cref="Run(RelatedOptions, bool, CancellationToken)"/> for every set of
/// options it tries (options that change the candidates too, not only the blend's weights).
/// </summary>
public sealed class RelatedBench : IDisposable
{
    /// <summary>Calls made before timing starts, on other articles where the set has them, so JIT and cold caches are not measured.</summary>
    private const int WarmUpCalls = 20;

    private readonly string _folder;
    private readonly ILogger _logger;
    private readonly Dictionary<string, LabeledNewsArticle> _byId;
    private readonly Dictionary<string, int> _mates;
    private readonly Lazy<TfIdfCosine> _tfIdf;

    private RelatedBench(RelatedDataset dataset, IReadOnlyList<LabeledNewsArticle> articles, IReadOnlyList<LabeledNewsArticle> queries, ILogger logger, ArticleEmbedder? embedder)
    {
        Embedder = embedder;
        Dataset = dataset;
        Articles = articles;
        Queries = queries;
        _logger = logger;
        _byId = articles.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        _mates = queries.AsParallel().ToDictionary(q => q.Article.Id, q => RelatedMetrics.Mates(dataset, q, articles), StringComparer.Ordinal);
        _tfIdf = new Lazy<TfIdfCosine>(() => TfIdfCosine.For(articles.Select(a => a.Article)));
        _folder = Path.Combine(Path.GetTempPath(), "search-eval", Guid.NewGuid().ToString("N"));
        var clock = Stopwatch.StartNew();
        Store = new IndexStore(
            Options.Create(new IndexingOptions { IndexPath = _folder, RamBufferMb = 64 }),
            new ArticleDocumentBuilder(EntityExtractor.Default.Extract, embedder),
            NullLogger<IndexStore>.Instance);
        try
        {
            Store.Rebuild(articles.Select(a => a.Article), dataset.Name, new CorpusReport());
        }
        catch
        {
            Dispose();
            throw;
        }

        IndexTime = clock.Elapsed;
        _logger.LogInformation("{Dataset}: indexed {Articles} articles in {ElapsedMs} ms", dataset.Name, articles.Count, clock.ElapsedMilliseconds);
    }

    public RelatedDataset Dataset { get; }

    /// <summary>Everything indexed, queries and distractors alike.</summary>
    public IReadOnlyList<LabeledNewsArticle> Articles { get; }

    /// <summary>The articles asked for related stories, ordered by id (then shuffled by the seed when sampled).</summary>
    public IReadOnlyList<LabeledNewsArticle> Queries { get; }

    /// <summary>The product's index of <see cref="Articles"/>; ours and MoreLikeThis search it.</summary>
    public IndexStore Store { get; }

    public TimeSpan IndexTime { get; }

    /// <summary>What embedded the articles at index time (the semantic signal); null when the bench was built without one.</summary>
    public ArticleEmbedder? Embedder { get; }

    /// <summary>The TF-IDF baseline's model of <see cref="Articles"/>, built on first use.</summary>
    public TfIdfCosine TfIdf => _tfIdf.Value;

    /// <summary>Whether the set groups its events into topics, so confusions can be counted.</summary>
    public bool HasTopics => Queries.Any(q => q.Topic is not null);

    /// <summary>Reads <paramref name="dataset"/>, samples its queries and indexes it.</summary>
    /// <param name="sample">Query articles to sample (seeded); null for the dataset's default, 0 for every query article.</param>
    /// <param name="embedder">Embeds every article as the service does (semantic signal on); null indexes without embeddings.</param>
    /// <exception cref="FileNotFoundException">The set's file is not in <paramref name="dataFolder"/>.</exception>
    public static RelatedBench Build(RelatedDataset dataset, string dataFolder, int? sample = null, int seed = 42, ILogger? logger = null, ArticleEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(dataFolder);
        var articles = dataset.Load(dataFolder);
        return Build(dataset, articles, SampleQueries(articles.Where(dataset.IsQuery), sample ?? dataset.DefaultSample, seed), logger, embedder);
    }

    /// <summary>Indexes <paramref name="articles"/> and asks <paramref name="queries"/> (some of them): for sets made in memory.</summary>
    public static RelatedBench Build(RelatedDataset dataset, IReadOnlyList<LabeledNewsArticle> articles, IReadOnlyList<LabeledNewsArticle> queries, ILogger? logger = null, ArticleEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(queries);
        return new RelatedBench(dataset, articles, queries, logger ?? NullLogger.Instance, embedder);
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

    /// <summary>
    /// <paramref name="system"/>'s top 5 for every query. Sequential runs warm up first and time each call
    /// (latency); parallel runs spread the queries over the cores and are for fitting, not timing.
    /// </summary>
    public RelatedRun Run(RelatedSystem system, bool parallel = false, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        using var lister = system.Open(this);
        var results = new RelatedQueryResult[Queries.Count];
        if (parallel)
        {
            Parallel.For(0, Queries.Count, new ParallelOptions { CancellationToken = cancel }, i => results[i] = Ask(lister, Queries[i]));
        }
        else
        {
            foreach (var warm in WarmUpArticles())
            {
                lister.Find(warm);
            }

            for (var i = 0; i < Queries.Count; i++)
            {
                cancel.ThrowIfCancellationRequested();
                results[i] = Ask(lister, Queries[i]);
            }
        }

        return new RelatedRun(system, results, parallel);
    }

    /// <summary>Our finder with <paramref name="options"/> over every query, in parallel by default: what a fitter calls per trial.</summary>
    public RelatedRun Run(RelatedOptions options, bool parallel = true, CancellationToken cancel = default) =>
        Run(RelatedSystem.Ours("trial", "trial", "ours with the options under trial", options), parallel, cancel);

    /// <summary>
    /// What <see cref="BlendFitter"/> learns from, on this index: every query's candidates with their signals
    /// (<see cref="RelatedFinder.Signals"/>; the candidates do not depend on the blend's weights, so they are gathered
    /// once), which of them are hits, and the query's group (its first label: event, topic or thread) for the split.
    /// </summary>
    public IReadOnlyList<FitQuery> FitQueries(RelatedOptions? options = null, CancellationToken cancel = default)
    {
        var finder = new RelatedFinder(Store, options);
        return Queries.AsParallel().AsOrdered().WithCancellation(cancel).Select(query =>
        {
            var candidates = finder.Signals(query.Article.Id) ?? [];
            var hits = candidates.Where(c => _byId.TryGetValue(c.Id, out var other) && Dataset.IsHit(query, other)).Select(c => c.Id);
            var group = query.Labels.Order(StringComparer.Ordinal).First();
            var baseline = TfIdf.MostSimilar(query.Article.Id, RelatedMetrics.ListLength).Select(s => s.Id).ToArray();
            var baselineHits = Judge(new RelatedQueryResult(query.Article.Id, baseline, 0)).Hits;
            return new FitQuery(Dataset.Name, query.Article.Id, group, candidates, hits.ToHashSet(StringComparer.Ordinal), baselineHits / (double)RelatedMetrics.ListLength);
        }).ToArray();
    }

    /// <summary>One query's list judged: hits, confusions, the query's mates in the corpus, results returned.</summary>
    public RelatedJudgement Judge(RelatedQueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var query = _byId.TryGetValue(result.QueryId, out var found) && _mates.TryGetValue(result.QueryId, out var mates)
            ? (Article: found, Mates: mates)
            : throw new ArgumentException($"{result.QueryId} is not a query of the {Dataset.Name} bench.", nameof(result));
        return RelatedMetrics.Judge(Dataset, query.Article, result.Ranked, _byId, query.Mates);
    }

    /// <summary>Every query of <paramref name="run"/> judged, and the rates they add up to.</summary>
    public RelatedSystemResult Score(RelatedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var judged = run.Queries.Select(Judge).ToArray();
        var score = RelatedScore.From(run.System.Key, judged, run.Queries.Select(q => q.Milliseconds).ToArray(), HasTopics);
        _logger.LogInformation(
            "{Dataset}: {System} P@5 {Precision:F3} over {Queries} queries, p50 {P50:F2} ms", Dataset.Name, run.System.Key, score.PrecisionAt5, judged.Length, score.Latency.P50Ms);
        return new RelatedSystemResult(run.System, score, run, judged);
    }

    /// <summary>Runs and scores each of <paramref name="systems"/> in turn, timed.</summary>
    public RelatedEvaluationResult Evaluate(IReadOnlyList<RelatedSystem> systems, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(systems);
        return Summarize(systems.Select(s => Score(Run(s, cancel: cancel))).ToArray());
    }

    /// <summary>The dataset's line of the evaluation from systems already scored on this bench.</summary>
    public RelatedEvaluationResult Summarize(IReadOnlyList<RelatedSystemResult> systems)
    {
        ArgumentNullException.ThrowIfNull(systems);
        var ceiling = RelatedMetrics.Ceiling(Queries.Select(q => new RelatedJudgement(q.Article.Id, 0, 0, _mates[q.Article.Id], 0)).ToArray());
        return new RelatedEvaluationResult(Dataset.Name, Articles.Count, Queries.Count, IndexTime, ceiling, HasTopics, systems);
    }

    private static RelatedQueryResult Ask(RelatedLister lister, LabeledNewsArticle query)
    {
        var clock = Stopwatch.StartNew();
        var ranked = lister.Find(query);
        return new RelatedQueryResult(query.Article.Id, ranked, clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>Articles outside the query set first; a set where every article is a query warms up on queries.</summary>
    private IEnumerable<LabeledNewsArticle> WarmUpArticles()
    {
        var queryIds = Queries.Select(q => q.Article.Id).ToHashSet(StringComparer.Ordinal);
        return Articles.Where(a => !queryIds.Contains(a.Article.Id)).Concat(Queries).Take(WarmUpCalls);
    }

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a temp folder left behind is harmless and must not hide the evaluation's result.
        }
    }
}
