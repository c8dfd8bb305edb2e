using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

/// <summary>Counts for one type: returned and right, gold and found.</summary>
internal sealed class TypeScore(EntityKind kind)
{
    public EntityKind Kind { get; } = kind;

    public int Predicted { get; set; }

    public int Correct { get; set; }

    public int Gold { get; set; }

    public int Found { get; set; }

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Found / Gold;
}
