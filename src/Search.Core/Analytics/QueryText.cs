using System.Text;

namespace Search.Core.Analytics;

/// <summary>
/// The one form a query is counted under: trimmed, runs of white space as one space, lower case, at most
/// <see cref="MaxChars"/> characters. "Putin ", "putin" and "PUTIN" are one query to an editor.
/// </summary>
public static class QueryText
{
    public const int MaxChars = 200;

    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxChars));
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
            if (builder.Length >= MaxChars)
            {
                break;
            }
        }

        return builder.ToString();
    }
}
