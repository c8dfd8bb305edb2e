using System.Text;

namespace Search.Core.Searching;

/// <summary>
/// The search box's lenient syntax: words, "phrases", -exclusion, +required, OR (accepted, since
/// words are alternatives by default), trailing-star prefixes. Never throws: anything it does not
/// understand is treated as plain text and punctuation falls to the analyzer. Length and part
/// counts are capped so a pasted novel costs no more than a long query.
/// </summary>
public static class UserQueryParser
{
    public const int MaxQueryChars = 1_000;
    public const int MaxParts = 64;

    public static IReadOnlyList<QueryPart> Parse(string? input)
    {
        var parts = new List<QueryPart>();
        if (string.IsNullOrWhiteSpace(input))
        {
            return parts;
        }

        var text = Sanitize(input.Length > MaxQueryChars ? input[..MaxQueryChars] : input);
        var i = 0;
        while (i < text.Length && parts.Count < MaxParts)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var mode = QueryPartMode.Should;
            if ((text[i] == '-' || text[i] == '+') && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                mode = text[i] == '-' ? QueryPartMode.MustNot : QueryPartMode.Must;
                i++;
            }

            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                var phrase = text[(i + 1)..end].Trim();
                i = close < 0 ? text.Length : close + 1;
                if (phrase.Length > 0)
                {
                    // An unclosed quote is still a phrase of what follows: the reader meant one.
                    parts.Add(new QueryPart(phrase, mode == QueryPartMode.Should ? QueryPartMode.Must : mode, IsPhrase: true, IsPrefix: false));
                }

                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            var word = text[start..i];
            if (mode == QueryPartMode.Should && word is "OR" or "AND" or "||" or "&&" or "|" or "&")
            {
                continue;
            }

            var isPrefix = word.Length > 1 && word[^1] == '*';
            var core = word.Trim('*', '?', '~', '^');
            if (core.Length > 0)
            {
                parts.Add(new QueryPart(core, mode, IsPhrase: false, IsPrefix: isPrefix && !core.Contains('*')));
            }
        }

        return parts;
    }

    /// <summary>Drops control characters and unpaired surrogates; everything else is the analyzer's business.</summary>
    private static string Sanitize(string input)
    {
        var builder = new StringBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                builder.Append(c).Append(input[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
