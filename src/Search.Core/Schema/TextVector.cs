using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Schema;

/// <summary>
/// An article's term vector over <see cref="ArticleFields.Text"/> as the related re-rank's cosine sees it: each term
/// weighs 1 + ln tf (the "lnc" of SMART's lnc.ltc; the source's side carries the idf). Its length is stored at index
/// time, the terms themselves are read from the postings of the source's terms only.
/// </summary>
public static class TextVector
{
    /// <summary>The weight of a term found <paramref name="frequency"/> times.</summary>
    public static float Weight(int frequency) => frequency <= 0 ? 0f : 1f + MathF.Log(frequency);

    /// <summary>√Σ over the analysed terms of <paramref name="text"/> of <see cref="Weight"/>(tf)².</summary>
    public static float Length(Analyzer analyzer, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var stream = analyzer.GetTokenStream(ArticleFields.Text, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var key = term.ToString();
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            stream.End();
        }

        var sum = 0f;
        foreach (var count in counts.Values)
        {
            var weight = Weight(count);
            sum += weight * weight;
        }

        return MathF.Sqrt(sum);
    }
}
