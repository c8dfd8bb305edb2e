namespace Search.Core.Entities;

/// <summary>The word lists of <see cref="ProperNounRules"/> a word is on; a word can be on several ("general": a title and a non-name word).</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Stop = 1 << 0,
    Title = 1 << 1,
    SurnameTitle = 1 << 2,
    WordlikeGivenName = 1 << 3,
    Suffix = 1 << 4,
    Organisation = 1 << 5,
    GenericOrganisation = 1 << 6,
    LegalForm = 1 << 7,
    Place = 1 << 8,
    LeadingPlace = 1 << 9,
    NonName = 1 << 10,
    LastNonName = 1 << 11,
    Locative = 1 << 12,
    Particle = 1 << 13,
}
