using Search.Core.Entities;

namespace Search.Core.Schema;

/// <summary>The entity facet's doc value carries the display name beside the id, so facets need no lookups.</summary>
public static class EntityFacetValue
{
    public const char Separator = '\u001f';

    public static string Format(ArticleEntity entity) => entity.Id + Separator + entity.Name;

    /// <summary>The folded name from each of its words on: "vladimir putin", "putin".</summary>
    public static IEnumerable<string> SuggestKeys(string name)
    {
        var words = Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length && i < 4; i++)
        {
            yield return string.Join(' ', words.Skip(i));
        }
    }

    /// <summary>Lower case without diacritics, so "zelensky" completes "Zelenskyy" and "maria" "María".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == '-' ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    public static (string Id, string Name) Parse(string value)
    {
        var at = value.IndexOf(Separator);
        return at < 0 ? (value, value) : (value[..at], value[(at + 1)..]);
    }
}
