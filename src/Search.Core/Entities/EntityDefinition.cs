namespace Search.Core.Entities;

/// <summary>
/// A known entity the dictionary can match: a gazetteer country, a capital, or an alias-table
/// place, organisation or person. <paramref name="Implies"/> is the country a mention also counts
/// for (at a lower weight): the Kremlin for Russia, Tokayev for Kazakhstan.
/// </summary>
internal sealed record EntityDefinition(string Id, string Name, EntityKind Kind, EntityDefinition? Implies = null, EntityTraits Traits = EntityTraits.None)
{
    /// <summary>
    /// The dictionary entry of names that are none of the kinds (products, events: "Internet Explorer",
    /// "Super Bowl"): matched so their words are not read as a person, then dropped.
    /// </summary>
    public static readonly EntityDefinition NotAName = new("", "", EntityKind.Organisation);

    public bool IsName => !ReferenceEquals(this, NotAName);

    /// <summary>A sports team, which a bare city name in the same story stands for ("Kansas City" beside the Chiefs).</summary>
    public bool IsTeam => (Traits & EntityTraits.Team) != 0;

    /// <summary>A news organisation, which a photo credit names as its source, not as a topic ("AFP").</summary>
    public bool IsMedia => (Traits & EntityTraits.Media) != 0;
}
