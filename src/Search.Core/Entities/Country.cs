namespace Search.Core.Entities;

/// <summary>One gazetteer row: a country or territory with the names news text uses for it.</summary>
public sealed record Country(
    string Code,
    string Name,
    string Official,
    IReadOnlyList<string> AltSpellings,
    IReadOnlyList<string> Capitals,
    IReadOnlyList<string> Demonyms,
    string Region,
    string Subregion);
