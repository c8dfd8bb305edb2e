using System.Text;

namespace Search.Core.Searching;

/// <summary>
/// Escapes exactly what HTML needs (&amp; &lt; &gt; &quot; &#39;) and folds runs of whitespace, leaving other
/// characters as UTF-8 text: the stock encoder's numeric entities ("&amp;#8212;") make JSON snippets unreadable.
/// </summary>
internal sealed class MinimalHtmlEncoder
{
    public string EncodeText(string originalText)
    {
        var builder = new StringBuilder(originalText.Length + 16);
        var space = false;
        foreach (var c in originalText)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        if (space)
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }
}
