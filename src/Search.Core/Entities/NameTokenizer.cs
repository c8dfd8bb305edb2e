namespace Search.Core.Entities;

/// <summary>
/// Splits text into tokens for name matching: letters and digits with inner apostrophes, possessive
/// "'s" dropped, dotted abbreviations collapsed ("U.S." → "US"), hyphens recorded as joins, and
/// sentence starts marked so a capital at a sentence start is not taken as a name.
/// </summary>
internal static class NameTokenizer
{
    // A full stop after these is not a sentence end ("Mr. Putin", "Jan. 10", "Tactical Group No. 84").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Prof",
        "No", "Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Corp", "Co", "Ltd", "vs", "Mt", "Ft",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Tokenize(string text, List<NameToken> tokens)
    {
        var sentence = -1;
        var newSentence = true;
        var pending = NameTokenFlags.BreakBefore;
        var previousSuppressesStop = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (IsHyphen(c) && i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                {
                    pending |= NameTokenFlags.Joined;
                }
                else if (c is '\n' or '\r')
                {
                    if (!IsSoftWrap(text, i))
                    {
                        newSentence = true;
                        pending |= NameTokenFlags.BreakBefore;
                    }
                }
                else if (c is '.' or '!' or '?' or '…')
                {
                    if (!(c == '.' && previousSuppressesStop))
                    {
                        pending |= NameTokenFlags.BreakBefore;
                        newSentence |= i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]);
                    }
                }
                else if (!char.IsWhiteSpace(c))
                {
                    pending |= NameTokenFlags.BreakBefore;
                }

                previousSuppressesStop &= c == '.';
                i++;
                continue;
            }

            var start = i;
            var end = ScanWord(text, start, out var curly, out var possessive);
            string? normalized = curly ? text[start..end].Replace('’', '\'').Replace('‘', '\'') : null;
            var next = possessive ? end + 2 : end;
            var single = end - start == 1 && char.IsUpper(text[start]);
            if (single && !possessive)
            {
                next = ScanAbbreviation(text, start, end, ref normalized);
            }

            if (newSentence)
            {
                sentence++;
                pending |= NameTokenFlags.SentenceStart | NameTokenFlags.BreakBefore;
                newSentence = false;
            }

            tokens.Add(new NameToken(start, next - start - (possessive ? 2 : 0), sentence, pending | Shape(text, start, end), normalized));
            previousSuppressesStop = !possessive && (single || normalized is not null && next > end || AbbreviationLookup.Contains(text.AsSpan(start, end - start)));
            pending = possessive ? NameTokenFlags.BreakBefore : NameTokenFlags.None;
            i = next;
        }
    }

    private static int ScanWord(string text, int start, out bool curly, out bool possessive)
    {
        curly = false;
        possessive = false;
        var j = start;
        while (j < text.Length)
        {
            var ch = text[j];
            if (char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                j++;
                continue;
            }

            if (ch is '\'' or '’' or '‘' && j + 1 < text.Length && char.IsLetter(text[j + 1]))
            {
                if (text[j + 1] is 's' or 'S' && (j + 2 >= text.Length || !char.IsLetterOrDigit(text[j + 2])))
                {
                    possessive = true;
                    break;
                }

                curly |= ch != '\'';
                j++;
                continue;
            }

            break;
        }

        return j;
    }

    // "U.S.", "D.C.", "U.N." become one token whose text has no dots, so "US" and "U.S." share a key.
    private static int ScanAbbreviation(string text, int start, int end, ref string? normalized)
    {
        var k = end;
        var letters = text[start].ToString();
        while (k + 1 < text.Length && text[k] == '.' && char.IsUpper(text[k + 1])
            && (k + 2 >= text.Length || !char.IsLetter(text[k + 2])))
        {
            letters += text[k + 1];
            k += 2;
        }

        if (k == end)
        {
            return end;
        }

        normalized = letters;
        return k < text.Length && text[k] == '.' ? k + 1 : k;
    }

    private static NameTokenFlags Shape(string text, int start, int end)
    {
        if (!char.IsUpper(text[start]))
        {
            return NameTokenFlags.None;
        }

        var allCaps = end - start >= 2;
        for (var k = start + 1; k < end && allCaps; k++)
        {
            allCaps = !char.IsLower(text[k]);
        }

        return allCaps ? NameTokenFlags.Upper | NameTokenFlags.AllCaps : NameTokenFlags.Upper;
    }

    // Wire copy wraps lines inside a sentence ("Banque Nationale de\nParis"): a line break between two
    // words, with no indent and no blank line, is a space. "\r" of "\r\n" defers to its "\n".
    private static bool IsSoftWrap(string text, int i)
    {
        if (text[i] == '\r')
        {
            return i + 1 < text.Length && text[i + 1] == '\n';
        }

        var before = i > 0 && text[i - 1] == '\r' ? i - 2 : i - 1;
        return before >= 0 && (char.IsLetterOrDigit(text[before]) || text[before] == ',')
            && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
    }

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';
}
