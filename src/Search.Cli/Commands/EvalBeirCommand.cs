using System.CommandLine;
using System.Globalization;
using Search.Cli.Options;
using Search.Cli.Progress;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Evaluation;

namespace Search.Cli.Commands;

/// <summary>
/// <c>eval beir --data DIR [--qrels train]</c>: indexes a BEIR collection with the engine's own
/// analysis and ranking and prints nDCG@10 and Recall@100. The ranking flags exist for tuning;
/// tune on train judgments only, since the product is also judged on held-out queries.
/// </summary>
internal sealed class EvalBeirCommand : Command
{
    private static readonly RankingOptions Defaults = RankingOptions.Default;

    public EvalBeirCommand(CliConsole console)
        : base("beir", "Relevance on a BEIR collection (corpus.jsonl(.gz), queries.jsonl, qrels-SPLIT.tsv): nDCG@10 and Recall@100.")
    {
        Options.Add(Data);
        Options.Add(Qrels);
        Options.Add(K1);
        Options.Add(B);
        Options.Add(TitleBoost);
        Options.Add(CaptionBoost);
        Options.Add(ProximityBoost);
        Options.Add(Slop);
        SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            console,
            token => Run(console, parse.GetRequiredValue(Data), parse.GetRequiredValue(Qrels), Bm25(parse), Ranking(parse), token),
            cancellationToken));
    }

    public Option<string> Data { get; } = new("--data")
    {
        Description = "Folder of the BEIR collection: corpus.jsonl(.gz), queries.jsonl and qrels-SPLIT.tsv.",
        HelpName = "DIR",
        Required = true,
    };

    public Option<string> Qrels { get; } = new("--qrels")
    {
        Description = "Judgments to score against: reads qrels-SPLIT.tsv. Tune on train; test is held out.",
        HelpName = "SPLIT",
        DefaultValueFactory = _ => "train",
    };

    public Option<float> K1 { get; } = NumberOptions.Number("--k1", "BM25 term-frequency saturation.", LuceneSetup.DefaultK1);

    public Option<float> B { get; } = NumberOptions.Number("--b", "BM25 length normalisation, 0 to 1.", LuceneSetup.DefaultB, max: 1);

    public Option<float> TitleBoost { get; } = NumberOptions.Number("--title-boost", "Added weight of a match in the headline, on top of the whole-text match.", Defaults.TitleBoost);

    public Option<float> CaptionBoost { get; } = NumberOptions.Number("--caption-boost", "Added weight of a match in a photo caption or credit.", Defaults.CaptionBoost);

    public Option<float> ProximityBoost { get; } = NumberOptions.Number("--proximity-boost", "Bonus for the query's words appearing near each other (sloppy phrase).", Defaults.ProximityBoost);

    public Option<int> Slop { get; } = NumberOptions.WholeNumber("--slop", "Slop of the proximity phrase: how many moves its words may be apart.", Defaults.ProximitySlop, min: 0);

    private (float K1, float B) Bm25(ParseResult parse) => (parse.GetValue(K1), parse.GetValue(B));

    private RankingOptions Ranking(ParseResult parse) => Defaults with
    {
        TitleBoost = parse.GetValue(TitleBoost),
        CaptionBoost = parse.GetValue(CaptionBoost),
        ProximityBoost = parse.GetValue(ProximityBoost),
        ProximitySlop = parse.GetValue(Slop),
    };

    private static int Run(CliConsole console, string data, string split, (float K1, float B) bm25, RankingOptions ranking, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(data))
        {
            console.Error.WriteLine($"BEIR data folder not found: {Path.GetFullPath(data)}");
            return ExitCodes.Failure;
        }

        BeirCollection collection;
        try
        {
            collection = ProgressDisplay.Run(console, progress => progress.Stage($"load {Path.GetFileName(Path.GetFullPath(data))}", () => BeirCollection.Load(data, split)));
        }
        catch (FileNotFoundException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Failure;
        }

        cancellationToken.ThrowIfCancellationRequested();
        LuceneSetup.UseBm25(bm25.K1, bm25.B);
        var (result, indexTime) = ProgressDisplay.Run(console, progress =>
        {
            using var evaluator = progress.Stage(Invariant($"index {collection.Documents.Count:N0} documents"), () => new BeirEvaluator(collection));
            progress.Log(Invariant($"indexed {evaluator.Documents:N0} documents in {evaluator.IndexTime.TotalSeconds:F1}s"));
            cancellationToken.ThrowIfCancellationRequested();
            var evaluation = progress.Stage(Invariant($"search {collection.Qrels.Count:N0} judged queries"), () => evaluator.Evaluate(ranking));
            return (evaluation, evaluator.IndexTime);
        });

        console.Out.WriteLine(Invariant(
            $"k1 {bm25.K1}  b {bm25.B}  title {ranking.TitleBoost}  caption {ranking.CaptionBoost}  proximity {ranking.ProximityBoost}  slop {ranking.ProximitySlop}  qrels {split}"));
        console.Out.WriteLine(Invariant(
            $"nDCG@10 {result.NdcgAt10:F4}  Recall@{BeirEvaluator.Depth} {result.RecallAt100:F4}  queries {result.Queries}  docs {result.Documents}  index {indexTime.TotalSeconds:F1}s  search {result.SearchTime.TotalSeconds:F1}s"));
        return ExitCodes.Success;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
