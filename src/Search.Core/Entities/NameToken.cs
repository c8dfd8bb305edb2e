namespace Search.Core.Entities;

[Flags]
internal enum NameTokenFlags
{
    None = 0,

    /// <summary>Joined to the previous token by a hyphen ("Kassym-Jomart", "Russia-China").</summary>
    Joined = 1,

    /// <summary>Punctuation other than a hyphen sits between this token and the previous one.</summary>
    BreakBefore = 2,

    /// <summary>First token of a sentence, paragraph or line: its capital says nothing.</summary>
    SentenceStart = 4,

    /// <summary>Starts with an upper-case letter.</summary>
    Upper = 8,

    /// <summary>Two or more letters, all upper case ("NATO", "LOS").</summary>
    AllCaps = 16,
}

/// <summary>
/// A word-ish token of the text being scanned, kept as offsets so scanning allocates nothing
/// for ordinary words; <see cref="Normalized"/> is set only when the surface differs ("U.S." → "US").
/// </summary>
internal readonly record struct NameToken(int Start, int Length, int Sentence, NameTokenFlags Flags, string? Normalized)
{
    public ReadOnlySpan<char> Text(string source) =>
        Normalized is null ? source.AsSpan(Start, Length) : Normalized.AsSpan();

    public bool Has(NameTokenFlags flag) => (Flags & flag) != 0;

    public int End => Start + Length;
}
