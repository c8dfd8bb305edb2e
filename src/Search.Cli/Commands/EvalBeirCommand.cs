using System.Globalization;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Evaluation;

namespace Search.Cli.Commands;

/// <summary>
/// <c>eval beir --data DIR [--qrels train]</c>: indexes a BEIR collection with the engine's own
/// analysis and ranking and prints nDCG@10 and Recall@100. The ranking flags exist for tuning;
/// tune on train judgments only, since the product is also judged on held-out queries.
/// </summary>
internal sealed class EvalBeirCommand : ICliCommand
{
    public string Name => "eval";

    public string Usage => "beir --data DIR [--qrels SPLIT] [--k1 X] [--b X] [--title-boost X] [--caption-boost X] [--proximity-boost X] [--slop N]";

    public string Summary => "Relevance on a BEIR collection (corpus.jsonl(.gz), queries.jsonl, qrels-SPLIT.tsv): nDCG@10 and Recall@100.";

    public Task<int> RunAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Words is not ["beir"])
        {
            throw new CommandLineException("eval: the only collection format is 'beir'.");
        }

        arguments.EnsureOnly("data", "qrels", "k1", "b", "title-boost", "caption-boost", "proximity-boost", "slop");
        var data = arguments.RequireString("data");
        var split = arguments.GetString("qrels") ?? "train";
        var k1 = arguments.GetFloat("k1", LuceneSetup.DefaultK1);
        var b = arguments.GetFloat("b", LuceneSetup.DefaultB, max: 1);
        var defaults = RankingOptions.Default;
        var ranking = defaults with
        {
            TitleBoost = arguments.GetFloat("title-boost", defaults.TitleBoost),
            CaptionBoost = arguments.GetFloat("caption-boost", defaults.CaptionBoost),
            ProximityBoost = arguments.GetFloat("proximity-boost", defaults.ProximityBoost),
            ProximitySlop = arguments.GetInt("slop", defaults.ProximitySlop, min: 0),
        };

        if (!Directory.Exists(data))
        {
            Console.Error.WriteLine($"BEIR data folder not found: {Path.GetFullPath(data)}");
            return Task.FromResult(1);
        }

        BeirCollection collection;
        try
        {
            collection = BeirCollection.Load(data, split);
        }
        catch (FileNotFoundException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return Task.FromResult(1);
        }

        LuceneSetup.UseBm25(k1, b);
        using var evaluator = new BeirEvaluator(collection);
        var result = evaluator.Evaluate(ranking);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"k1 {k1}  b {b}  title {ranking.TitleBoost}  caption {ranking.CaptionBoost}  proximity {ranking.ProximityBoost}  slop {ranking.ProximitySlop}  qrels {split}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"nDCG@10 {result.NdcgAt10:F4}  Recall@{BeirEvaluator.Depth} {result.RecallAt100:F4}  queries {result.Queries}  docs {result.Documents}  index {evaluator.IndexTime.TotalSeconds:F1}s  search {result.SearchTime.TotalSeconds:F1}s"));
        return Task.FromResult(0);
    }
}
