namespace Search.Core.Related;

/// <summary>
/// What each signal added to a related story's score; the four add up to the score. <see cref="Text"/> covers the
/// shared wording (body and headline), <see cref="Entities"/> the shared people, places and organisations,
/// <see cref="Semantic"/> closeness in meaning, and <see cref="Time"/> what distance in time took away (zero or less).
/// </summary>
public sealed record SignalContributions(float Text, float Entities, float Semantic, float Time)
{
    public static SignalContributions None { get; } = new(0, 0, 0, 0);
}
