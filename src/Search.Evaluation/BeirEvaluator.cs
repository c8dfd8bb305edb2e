using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Evaluation;

/// <summary>
/// Measures the search box on a BEIR collection with the code the API runs: the collection is
/// indexed once into a temporary folder by the real <see cref="IndexStore"/>, then every judged
/// query goes through the real <see cref="SearchService"/>, once per ranking configuration.
/// </summary>
public sealed partial class BeirEvaluator : IDisposable
{
    public const int Depth = 100;

    private readonly BeirCollection _collection;
    private readonly string _folder;
    private readonly IndexStore _store;

    public BeirEvaluator(BeirCollection collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        _collection = collection;
        _folder = Path.Combine(Path.GetTempPath(), "beir-eval-" + Guid.NewGuid().ToString("N"));

        // Research abstracts name proteins and genes, not the countries and people the gazetteer knows:
        // no entities, so the score measures the text ranking alone.
        var documents = new ArticleDocumentBuilder(_ => Array.Empty<ArticleEntity>());
        _store = new IndexStore(Options.Create(new IndexingOptions { IndexPath = _folder }), documents, NullLogger<IndexStore>.Instance);
        try
        {
            var clock = Stopwatch.StartNew();
            Documents = _store.Rebuild(collection.Documents.Select(ToArticle), "beir", new CorpusReport()).Articles;
            IndexTime = clock.Elapsed;
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public int Documents { get; }

    public TimeSpan IndexTime { get; }

    /// <summary>nDCG@10 and Recall@100 over the judged queries, ranking with <paramref name="ranking"/>.</summary>
    public BeirEvaluation Evaluate(RankingOptions ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var search = new SearchService(_store, ranking);
        var judged = _collection.Qrels.Keys.Where(_collection.Queries.ContainsKey).ToArray();
        var clock = Stopwatch.StartNew();

        // The search service serves concurrent readers in the API, so the queries may run in parallel too.
        var runs = judged.AsParallel()
            .Select(id => (Id: id, Ranked: (IReadOnlyList<string>)search.Search(Request(_collection.Queries[id])).Hits.Select(hit => hit.Id).ToArray()))
            .ToDictionary(run => run.Id, run => run.Ranked, StringComparer.Ordinal);

        var elapsed = clock.Elapsed;
        var qrels = _collection.Qrels;
        return new BeirEvaluation(
            RankingMetrics.Mean(qrels, runs, (ranked, rels) => RankingMetrics.NdcgAt(10, ranked, rels)),
            RankingMetrics.Mean(qrels, runs, (ranked, rels) => RankingMetrics.RecallAt(Depth, ranked, rels)),
            qrels.Count,
            Documents,
            elapsed);
    }

    private static SearchRequest Request(string claim) => new() { Query = AsPlainText(claim), Size = Depth, Snippets = false };

    /// <summary>
    /// A BEIR query is a plain claim, so the search box's syntax must not fire by accident:
    /// "Van Gogh" in quotes would become a required phrase and the "-2" of "E2f-1, -2, -3" an exclusion.
    /// Quotes, stars and leading signs go; the analyzer drops them anyway, so the words searched are
    /// the same ones a reader typing the claim without syntax would get.
    /// </summary>
    internal static string AsPlainText(string claim) => LeadingSign().Replace(SyntaxCharacters().Replace(claim, " "), "$1");

    private static Article ToArticle(BeirDocument document) => new()
    {
        Id = document.Id,

        // An article needs a headline; "-" analyzes to nothing, so an untitled abstract is ranked on its text alone.
        Title = string.IsNullOrWhiteSpace(document.Title) ? "-" : document.Title,
        Body = document.Text,
    };

    [GeneratedRegex("[\"*]")]
    private static partial Regex SyntaxCharacters();

    [GeneratedRegex(@"(^|\s)[-+]+")]
    private static partial Regex LeadingSign();

    public void Dispose()
    {
        _store.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless and must not hide the evaluation's result.
        }
    }
}
