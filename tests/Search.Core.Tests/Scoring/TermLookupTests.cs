using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Schema;
using Search.Core.Tests.Support;
using Search.Lucene.Scoring;
using Search.Synthetic;

namespace Search.Core.Tests.Scoring;

public sealed class TermLookupTests
{
    [Fact]
    public void Contexts_give_the_document_frequencies_and_scores_of_lookups_term_by_term_across_segments_and_deletes()
    {
        var articles = new NewsroomGenerator(5).Generate(260).ToArray();
        using var index = new TempIndex(articles.Take(200), configure: o => o.RamBufferMb = 1);
        // Each write opens a new segment; the rewrites leave deleted documents in the old ones.
        foreach (var article in articles.Skip(200).Concat(articles.Take(20).Select(a => a with { Title = a.Title + " (updated)" })))
        {
            index.Store.Upsert(article);
        }

        using var lease = index.Store.Acquire();
        var reader = lease.Searcher.IndexReader;
        Assert.True(reader.Leaves.Count >= 3, $"only {reader.Leaves.Count} segments");
        Assert.True(reader.MaxDoc > reader.NumDocs, "the rewrites should leave deleted documents");

        var words = articles[3].Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '"').ToLowerInvariant())
            .Append("zzzz-in-no-article").Append("updated").Distinct().ToArray();
        var contexts = TermLookup.Contexts(reader, ArticleFields.Text, words.Concat(words));
        var found = 0;
        foreach (var word in words)
        {
            var expected = reader.DocFreq(new Term(ArticleFields.Text, word));
            Assert.Equal(expected, contexts.TryGetValue(word, out var context) ? context.DocFreq : 0);
            if (context is not null)
            {
                found++;
                // A query handed the context scores as one that looks its term up itself.
                var withContext = lease.Searcher.Search(new TermQuery(new Term(ArticleFields.Text, word), context), 50).ScoreDocs;
                var plain = lease.Searcher.Search(new TermQuery(new Term(ArticleFields.Text, word)), 50).ScoreDocs;
                Assert.Equal(plain.Select(h => (h.Doc, h.Score)), withContext.Select(h => (h.Doc, h.Score)));
            }
        }

        Assert.True(found > 20, $"only {found} of the body's words were found");
        Assert.False(contexts.ContainsKey("zzzz-in-no-article"));

        var entityIds = EntityExtractor.Default.Extract(articles[3]).Select(e => e.Id).ToArray();
        Assert.NotEmpty(entityIds);
        var entityContexts = TermLookup.Contexts(reader, ArticleFields.Entity, entityIds);
        Assert.All(entityIds, id => Assert.Equal(reader.DocFreq(new Term(ArticleFields.Entity, id)), entityContexts[id].DocFreq));
    }
}
