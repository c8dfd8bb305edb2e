using System.Globalization;
using System.Text;
using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

/// <summary>Per-type scores, every error as one line, and how many returned countries were only implied.</summary>
internal sealed record EntityTypingReport(IReadOnlyList<TypeScore> Scores, IReadOnlyList<string> Errors, int ImpliedOnly)
{
    public TypeScore this[EntityKind kind] => Scores.Single(s => s.Kind == kind);

    public double MicroPrecision => Ratio(Scores.Sum(s => s.Correct), Scores.Sum(s => s.Predicted));

    public double MicroRecall => Ratio(Scores.Sum(s => s.Found), Scores.Sum(s => s.Gold));

    public string Table()
    {
        var table = new StringBuilder("| type | precision | recall | returned | gold |\n|---|---|---|---|---|\n");
        foreach (var s in Scores)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {LabelledMention.Name(s.Kind)} | {s.Precision:0.000} ({s.Correct}/{s.Predicted}) | {s.Recall:0.000} ({s.Found}/{s.Gold}) | {s.Predicted} | {s.Gold} |\n");
        }

        table.Append(CultureInfo.InvariantCulture, $"| all | {MicroPrecision:0.000} | {MicroRecall:0.000} | {Scores.Sum(s => s.Predicted)} | {Scores.Sum(s => s.Gold)} |\n");
        return table.ToString();
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
