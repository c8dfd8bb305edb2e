namespace Search.Core.Entities;

/// <summary>
/// A known entity the dictionary can match: a gazetteer country, a capital, or an alias-table
/// place, organisation or person. <paramref name="Implies"/> is the country a mention also counts
/// for (at a lower weight): the Kremlin for Russia, Tokayev for Kazakhstan.
/// </summary>
internal sealed record EntityDefinition(string Id, string Name, EntityKind Kind, EntityDefinition? Implies = null);
