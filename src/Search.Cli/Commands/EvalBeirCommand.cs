using System.Globalization;
using Search.Core.Analysis;
using Search.Core.Evaluation;
using Search.Core.Searching;

namespace Search.Cli.Commands;

/// <summary>
/// <c>eval beir --data DIR [--qrels train]</c>: indexes a BEIR collection with the engine's own
/// analysis and ranking and prints nDCG@10 and Recall@100. The ranking flags exist for tuning;
/// tune on train judgments only, since the product is also judged on held-out queries.
/// </summary>
public static class EvalBeirCommand
{
    private const string Usage = """
        usage: eval beir --data DIR [--qrels SPLIT] [--k1 X] [--b X] [--title-boost X]
                         [--caption-boost X] [--proximity-boost X] [--slop N]
          DIR holds corpus.jsonl(.gz), queries.jsonl and qrels-SPLIT.tsv (SPLIT defaults to train).
        """;

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!TryParse(args, out var data, out var split, out var bm25, out var ranking, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        if (!Directory.Exists(data))
        {
            Console.Error.WriteLine($"BEIR data folder not found: {Path.GetFullPath(data)}");
            return 1;
        }

        BeirCollection collection;
        try
        {
            collection = BeirCollection.Load(data, split);
        }
        catch (FileNotFoundException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        LuceneSetup.UseBm25(bm25.K1, bm25.B);
        using var evaluator = new BeirEvaluator(collection);
        var result = evaluator.Evaluate(ranking);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"k1 {bm25.K1}  b {bm25.B}  title {ranking.TitleBoost}  caption {ranking.CaptionBoost}  proximity {ranking.ProximityBoost}  slop {ranking.ProximitySlop}  qrels {split}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"nDCG@10 {result.NdcgAt10:F4}  Recall@{BeirEvaluator.Depth} {result.RecallAt100:F4}  queries {result.Queries}  docs {result.Documents}  index {evaluator.IndexTime.TotalSeconds:F1}s  search {result.SearchTime.TotalSeconds:F1}s"));
        return 0;
    }

    private static bool TryParse(string[] args, out string data, out string split, out (float K1, float B) bm25, out RankingOptions ranking, out string error)
    {
        data = "";
        split = "train";
        bm25 = (LuceneSetup.DefaultK1, LuceneSetup.DefaultB);
        ranking = RankingOptions.Default;
        error = "";
        if (args.Length == 0 || args[0] != "beir")
        {
            error = "eval: the only collection format is 'beir'.";
            return false;
        }

        for (var i = 1; i < args.Length; i += 2)
        {
            var (name, text) = (args[i], i + 1 < args.Length ? args[i + 1] : "");
            var number = float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && float.IsFinite(value);
            var ok = text.Length > 0 && name switch
            {
                "--data" => Set(text, out data),
                "--qrels" => Set(text, out split),
                "--k1" => number && Set(value, out bm25.K1),
                "--b" => number && value <= 1 && Set(value, out bm25.B),
                "--title-boost" => number && Set(ranking with { TitleBoost = value }, out ranking),
                "--caption-boost" => number && Set(ranking with { CaptionBoost = value }, out ranking),
                "--proximity-boost" => number && Set(ranking with { ProximityBoost = value }, out ranking),
                "--slop" => number && value == MathF.Floor(value) && value <= 100 && Set(ranking with { ProximitySlop = (int)value }, out ranking),
                _ => false,
            };
            if (!ok)
            {
                error = $"eval: unknown option, missing or bad value: {name} {text}";
                return false;
            }
        }

        if (data.Length == 0)
        {
            error = "eval: --data is required.";
            return false;
        }

        return true;
    }

    private static bool Set<T>(T value, out T target)
    {
        target = value;
        return true;
    }
}
