using Search.Core.Related;
using Search.Core.Schema;
using Search.Evaluation.Baselines;

namespace Search.Evaluation.Related;

/// <summary>
/// Something that lists related stories for a bench's query articles: a baseline, or our finder with some
/// <see cref="RelatedOptions"/>. <see cref="All"/> are the columns of the evaluation table, in order.
/// </summary>
public sealed class RelatedSystem
{
    private readonly Func<RelatedBench, RelatedLister> _open;

    private RelatedSystem(string key, string label, string description, RelatedOptions? options, Func<RelatedBench, RelatedLister> open)
    {
        Key = key;
        Label = label;
        Description = description;
        Options = options;
        _open = open;
    }

    /// <summary>The plain TF-IDF cosine (<see cref="TfIdfCosine"/>), built over the bench's articles, outside Lucene.</summary>
    public static RelatedSystem TfIdf { get; } = new("tfidf", "TF-IDF", "cosine of (1 + ln tf) ln(N/df) weights over headline and body, outside Lucene", null, bench =>
    {
        var model = bench.TfIdf;
        return new RelatedLister(query => model.MostSimilar(query.Article.Id, RelatedMetrics.ListLength).Select(s => s.Id).ToArray());
    });

    /// <summary>Lucene MoreLikeThis on the same index (<see cref="MoreLikeThisBaseline"/>).</summary>
    public static RelatedSystem MoreLikeThis { get; } = new("mlt", "MLT", "Lucene MoreLikeThis on the same index", null, bench =>
    {
        var lease = bench.Store.Acquire();
        var baseline = new MoreLikeThisBaseline(lease.Searcher, AnalyzerFactory.CreateIndexAnalyzer());
        return new RelatedLister(query => baseline.Find(query.Article.Id, RelatedMetrics.ListLength), lease);
    });

    /// <summary>Our candidates ranked by their BM25 text score alone: no entities, headline, meaning or time (dates, named years), no diversity step.</summary>
    public static RelatedSystem Bm25Candidates { get; } = Ours(
        "bm25-candidates", "BM25-cand", "our candidates by their text score alone: no entities, headline, meaning, time or diversity step",
        RelatedOptions.Default with { TextWeight = 1, CosineWeight = 0, PhraseWeight = 0, EntityWeight = 0, TitleWeight = 0, SemanticWeight = 0, RecencyWeight = 0, YearsWeight = 0, RedundancyPenalty = 1 });

    /// <summary>Ours as shipped: <see cref="RelatedOptions.Default"/>.</summary>
    public static RelatedSystem Blend { get; } = Ours("ours", "ours", "as shipped (RelatedOptions.Default)", RelatedOptions.Default);

    /// <summary>Ablation: the wording signals alone (BM25 text, term cosine, phrases, headline at their shipped weights), with the shipped recency and diversity.</summary>
    public static RelatedSystem TextOnly { get; } = Ours(
        "text-only", "text-only", "ours with the shipped wording weights (text, cosine, phrases, headline), entities and semantic 0 (recency and diversity as shipped)",
        RelatedOptions.Default with { EntityWeight = 0, SemanticWeight = 0 });

    /// <summary>Ablation: the entity signal alone, with the shipped recency and diversity.</summary>
    public static RelatedSystem EntitiesOnly { get; } = Ours(
        "entities-only", "entities-only", "ours with entity weight 1, the other signals 0 (recency and diversity as shipped)",
        RelatedOptions.Default with { TextWeight = 0, CosineWeight = 0, PhraseWeight = 0, TitleWeight = 0, EntityWeight = 1, SemanticWeight = 0 });

    /// <summary>Ablation: the semantic signal alone; empty lists when the bench was indexed without embeddings.</summary>
    public static RelatedSystem SemanticOnly { get; } = Ours(
        "semantic-only", "semantic-only", "ours with semantic weight 1, the other signals 0; empty lists when the index holds no embeddings",
        RelatedOptions.Default with { TextWeight = 0, CosineWeight = 0, PhraseWeight = 0, TitleWeight = 0, EntityWeight = 0, SemanticWeight = 1 });

    public static IReadOnlyList<RelatedSystem> All { get; } = [TfIdf, MoreLikeThis, Bm25Candidates, Blend, TextOnly, EntitiesOnly, SemanticOnly];

    /// <summary>Short stable name (JSON, logs).</summary>
    public string Key { get; }

    /// <summary>Column header of the table.</summary>
    public string Label { get; }

    public string Description { get; }

    /// <summary>The options our finder runs with; null for a baseline.</summary>
    public RelatedOptions? Options { get; }

    /// <summary>Our <see cref="RelatedFinder"/> with <paramref name="options"/>, uncached, on the bench's index.</summary>
    public static RelatedSystem Ours(string key, string label, string description, RelatedOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(options);
        return new(key, label, description, options, bench =>
        {
            var finder = new RelatedFinder(bench.Store, options);
            return new RelatedLister(query => finder.ForArticle(query.Article.Id, RelatedMetrics.ListLength)?.Select(item => item.Id).ToArray() ?? []);
        });
    }

    public static RelatedSystem? Find(string key) => All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Ready to answer on <paramref name="bench"/>; dispose when the run is over.</summary>
    internal RelatedLister Open(RelatedBench bench) => _open(bench);

    public override string ToString() => Key;
}
