using System.Text.RegularExpressions;
using Search.Core.Articles;

namespace Search.Core.Schema;

/// <summary>
/// The years an article names in its headline, summary and body (1900 to 2099, as whole numbers: "2013", "2013-09-26",
/// "in 2008"), kept as doc values for the related re-rank. Two reports of one event name the same year; two events of one
/// kind years apart (two rehab stays, two elections in one country) name different ones, and an undated archive has no
/// other clue to when a story happened. Encoded as one byte per year (year − 1900), ascending, at most
/// <see cref="MaxYears"/>.
/// </summary>
public static partial class NamedYears
{
    public const int MaxYears = 32;

    private const int First = 1900;

    public static byte[] Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var years = new SortedSet<byte>();
        Add(article.Title, years);
        Add(article.Summary, years);
        Add(article.Body, years);
        return years.Take(MaxYears).ToArray();
    }

    /// <summary>
    /// How two articles' named years agree: 1 when they name a year in common, 0 when both name years and none in common,
    /// 0.5 (no evidence) when either names none.
    /// </summary>
    public static float Agreement(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0.5f;
        }

        // Both ascending: a merge finds a common year.
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return 1f;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 0f;
    }

    private static void Add(string? text, SortedSet<byte> years)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (Match match in Year().Matches(text))
        {
            years.Add((byte)(int.Parse(match.ValueSpan, System.Globalization.CultureInfo.InvariantCulture) - First));
        }
    }

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
