using System.Text;
using Search.Core.Articles;

namespace Search.Core.Semantics;

/// <summary>
/// What of an article is embedded: the headline, the summary when it is not the body's own opening, then the body's
/// opening, to <see cref="MaxChars"/> in all, cut at a word. The model's cost grows with every token while the
/// story is told in the first paragraphs; the bound was chosen on ECB+ (same-event news), where adding the body's
/// first 600 characters to the headline lifted nearest-neighbour precision and more text added cost but no
/// precision (benchmarks/RESULTS.md, "Semantic embeddings").
/// </summary>
public static class ArticleEmbeddingText
{
    /// <summary>About 150 word pieces of English news: under the 256 the model was tuned to, at a quarter of the 512 the package allows.</summary>
    public const int MaxChars = 700;

    public static string For(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = new StringBuilder(MaxChars + 64);
        Append(text, article.Title);
        if (!string.IsNullOrWhiteSpace(article.Summary) && !article.Body.StartsWith(article.Summary, StringComparison.Ordinal))
        {
            Append(text, article.Summary);
        }

        Append(text, article.Body);
        return text.ToString();
    }

    /// <summary>Appends what fits of <paramref name="part"/>, ending a headline without a full stop with one so the model reads two sentences.</summary>
    private static void Append(StringBuilder text, string? part)
    {
        var room = MaxChars - text.Length;
        if (string.IsNullOrWhiteSpace(part) || room < 20)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append(char.IsPunctuation(text[^1]) ? " " : ". ");
            room = MaxChars - text.Length;
        }

        part = part.Trim();
        if (part.Length <= room)
        {
            text.Append(part);
            return;
        }

        var cut = part.LastIndexOfAny([' ', '\n', '\t'], room);
        text.Append(part, 0, cut > room / 2 ? cut : room);
    }
}
