using Lucene.Net.Index;
using Search.Core.Schema;
using Search.Core.Tests.Support;
using Search.Lucene.Scoring;

namespace Search.Core.Tests.Scoring;

/// <summary>A term's statistics are looked up once per index view and never outlive it.</summary>
public sealed class TermContextsTests
{
    [Fact]
    public void A_terms_context_is_kept_for_its_view_and_a_write_looks_it_up_afresh()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());
        var term = new Term(ArticleFields.Text, "kazakhstan");
        TermContext before;
        using (var lease = index.Store.Acquire())
        {
            before = TermContexts.For(lease.Searcher.TopReaderContext, term);
            Assert.Equal(TermContext.Build(lease.Searcher.TopReaderContext, term).DocFreq, before.DocFreq);
            Assert.True(before.DocFreq > 0);
            // A copy of the term finds the same context: the key is the term's field and bytes.
            Assert.Same(before, TermContexts.For(lease.Searcher.TopReaderContext, new Term(ArticleFields.Text, "kazakhstan")));
        }

        var article = TempIndex.SeedArticles()[0];
        index.Store.Upsert(article with { Id = "one-more", Body = article.Body + " Kazakhstan again." });

        using (var lease = index.Store.Acquire())
        {
            var after = TermContexts.For(lease.Searcher.TopReaderContext, term);
            Assert.NotSame(before, after);
            Assert.Equal(TermContext.Build(lease.Searcher.TopReaderContext, term).DocFreq, after.DocFreq);
            Assert.Equal(before.DocFreq + 1, after.DocFreq);
        }
    }
}
