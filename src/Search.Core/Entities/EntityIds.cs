using System.Text;

namespace Search.Core.Entities;

/// <summary>
/// Makes canonical entity ids: a kind prefix and an ASCII slug, so "María Corina Machado" and
/// "Maria Corina Machado" meet on one Lucene term.
/// </summary>
public static class EntityIds
{
    // A hand-written fold table rather than string.Normalize: the engine runs with invariant
    // globalization, and ids must not depend on the ICU build of the machine that indexed them.
    private static readonly Dictionary<char, string> Folds = BuildFolds(
        ("a", "àáâãäåāăąǎ"), ("A", "ÀÁÂÃÄÅĀĂĄǍ"), ("c", "çćĉċč"), ("C", "ÇĆĈĊČ"), ("d", "ďđ"), ("D", "ĎĐ"),
        ("e", "èéêëēĕėęě"), ("E", "ÈÉÊËĒĔĖĘĚ"), ("g", "ĝğġģ"), ("G", "ĜĞĠĢ"), ("h", "ĥħḥ"), ("H", "ĤĦḤ"),
        ("i", "ìíîïĩīĭįı"), ("I", "ÌÍÎÏĨĪĬĮİ"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("L", "ĹĻĽĿŁ"),
        ("n", "ñńņňŉ"), ("N", "ÑŃŅŇ"), ("o", "òóôõöøōŏőǒ"), ("O", "ÒÓÔÕÖØŌŎŐǑ"), ("r", "ŕŗř"), ("R", "ŔŖŘ"),
        ("s", "śŝşšșṣ"), ("S", "ŚŜŞŠȘṢ"), ("t", "ţťŧțṭ"), ("T", "ŢŤŦȚṬ"), ("u", "ùúûüũūŭůűųǔ"),
        ("U", "ÙÚÛÜŨŪŬŮŰŲǓ"), ("w", "ŵ"), ("y", "ýÿŷ"), ("Y", "ÝŸŶ"), ("z", "źżž"), ("Z", "ŹŻŽ"),
        ("ss", "ß"), ("ae", "æ"), ("AE", "Æ"), ("oe", "œ"), ("OE", "Œ"), ("th", "þ"), ("dh", "ð"));

    public static string Country(string alpha3Code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alpha3Code);
        return "country:" + alpha3Code.ToLowerInvariant();
    }

    /// <summary>An id for a name of the given kind: "person:kassym-jomart-tokayev".</summary>
    public static string For(EntityKind kind, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Prefix(kind) + Slug(name);
    }

    public static string Prefix(EntityKind kind) => kind switch
    {
        EntityKind.Country => "country:",
        EntityKind.Place => "place:",
        EntityKind.Organisation => "org:",
        EntityKind.Person => "person:",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Lowercase ASCII with runs of anything else collapsed to one hyphen.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = FoldToAscii(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '.')
            {
                // "N'Djamena" → "ndjamena", "U.S." → "us": these marks sit inside a word.
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>Latin letters lose their diacritics; other non-ASCII letters are dropped.</summary>
    public static string FoldToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAscii(c))
            {
                builder.Append(c);
            }
            else if (Folds.TryGetValue(c, out var folded))
            {
                builder.Append(folded);
            }
            else if (c is '’' or '‘' or 'ʼ')
            {
                builder.Append('\'');
            }
            else if (char.IsWhiteSpace(c) || c is '‐' or '–' or '—')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static Dictionary<char, string> BuildFolds(params (string To, string From)[] rows)
    {
        var folds = new Dictionary<char, string>();
        foreach (var (to, from) in rows)
        {
            foreach (var c in from)
            {
                folds[c] = to;
            }
        }

        return folds;
    }
}
