using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;

namespace Search.Core.Indexing;

/// <summary>Reads one article, with its entities, from the served index by id.</summary>
public sealed class ArticleLookup(IndexStore store)
{
    public IndexedArticle? Find(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        using var lease = store.Acquire();
        return Find(lease.Searcher, id);
    }

    /// <summary>Looks <paramref name="id"/> up on a searcher the caller already holds; also returns the Lucene doc id.</summary>
    public static IndexedArticle? Find(IndexSearcher searcher, string id) => FindWithDoc(searcher, id)?.Article;

    public static (IndexedArticle Article, int Doc)? FindWithDoc(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
        if (top.TotalHits == 0)
        {
            return null;
        }

        var doc = top.ScoreDocs[0].Doc;
        return (ArticleDocumentBuilder.ReadStored(searcher.Doc(doc)), doc);
    }
}
