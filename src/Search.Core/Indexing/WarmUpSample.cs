using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Articles;
using Search.Core.Schema;

namespace Search.Core.Indexing;

/// <summary>A few live articles spread evenly over the index, whose titles and ids make representative warm-up requests.</summary>
public static class WarmUpSample
{
    public static IReadOnlyList<Article> Articles(IndexSearcher searcher, int count)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var reader = searcher.IndexReader;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var picked = new List<Article>(count);
        var step = Math.Max(1, reader.MaxDoc / Math.Max(1, count));
        for (var doc = step / 2; doc < reader.MaxDoc && picked.Count < count; doc += step)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                picked.Add(ArticleDocumentBuilder.ReadStored(searcher.Doc(doc)).Article);
            }
        }

        return picked;
    }

    /// <summary>The title's words of three letters or more, as typed (what a reader would search for).</summary>
    public static IReadOnlyList<string> TitleWords(Article article) => Words(article).Where(IsPlainWord).ToList();

    /// <summary>The first two such words that stand next to each other in the title (a phrase it holds), or null.</summary>
    public static string? TitlePhrase(Article article)
    {
        var words = Words(article);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (IsPlainWord(words[i]) && IsPlainWord(words[i + 1]))
            {
                return $"{words[i]} {words[i + 1]}";
            }
        }

        return null;
    }

    private static List<string> Words(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Title
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '\'', ',', '.', ':', ';', '?', '!', '(', ')'))
            .ToList();
    }

    private static bool IsPlainWord(string word) => word.Length >= 3 && word.All(char.IsLetter);
}
