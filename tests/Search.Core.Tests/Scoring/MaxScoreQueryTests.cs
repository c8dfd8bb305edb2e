using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Tests.Searching;
using Search.Lucene.Execution;
using Search.Lucene.Scoring;
using Search.Synthetic;

namespace Search.Core.Tests.Scoring;

/// <summary>
/// MaxScore must give the boolean query's top hits exactly: the same documents, in the same order, with the
/// same float scores (ties included), on one slice or several, while scoring fewer documents.
/// </summary>
public sealed class MaxScoreQueryTests : IClassFixture<SlicedSearchTests.EditedIndex>
{
    private static readonly int[] Counts = [1, 5, 60];

    private readonly SlicedSearchTests.EditedIndex _index;

    public MaxScoreQueryTests(SlicedSearchTests.EditedIndex index) => _index = index;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Entity_queries_give_the_boolean_querys_hits_and_scores_while_scoring_fewer_documents(bool equalBoosts)
    {
        using var lease = _index.Store.Acquire();
        var whole = SlicedSearchTests.Whole(lease);
        var split = SlicedSearchTests.Split(lease);
        long scoredPlain = 0, scoredPruned = 0;
        foreach (var source in Sources(lease))
        {
            var profile = Profile(lease, source);
            // Equal boosts make ties everywhere: the order among them must still be the boolean query's.
            var clauses = profile.Entities.Select(e => ((Query)new ConstantScoreQuery(profile.EntityQuery(e.Entity.Id)), equalBoosts ? 1f : e.Weight)).ToList();
            var bounds = clauses.Select(c => MaxScoreQuery.ConstantBound(c.Item2)).ToArray();
            foreach (var count in Counts)
            {
                var (plain, pruned) = AssertSame(whole, split, clauses, bounds, source.Article.Id, count);
                scoredPlain += plain;
                scoredPruned += pruned;
            }
        }

        // Weighted as shipped, rare central names soon set a threshold the common ones cannot reach alone.
        Assert.True(scoredPruned < (equalBoosts ? scoredPlain : scoredPlain / 2), $"MaxScore scored {scoredPruned} documents, the boolean query {scoredPlain}");
    }

    [Fact]
    public void Bm25_term_queries_give_the_boolean_querys_hits_and_scores()
    {
        using var lease = _index.Store.Acquire();
        var whole = SlicedSearchTests.Whole(lease);
        var split = SlicedSearchTests.Split(lease);
        var bm25 = Assert.IsAssignableFrom<BM25Similarity>(whole.Similarity);
        long scoredPlain = 0, scoredPruned = 0;
        foreach (var source in Sources(lease))
        {
            var profile = Profile(lease, source);
            var clauses = profile.Terms.Select(t => ((Query)new TermQuery(new Term(ArticleFields.Text, t.Term), profile.TextContext(t.Term)!), t.SourceWeight)).ToList();
            // BM25 adds at most idf × boost × (k1 + 1), however often the term occurs; padded for float rounding.
            var bounds = profile.Terms.Select(t =>
                (Math.Log(1 + (whole.IndexReader.MaxDoc - t.DocFreq + 0.5) / (t.DocFreq + 0.5)) * t.SourceWeight * (bm25.K1 + 1) * 1.0001) + 1e-6).ToArray();
            foreach (var count in Counts)
            {
                var (plain, pruned) = AssertSame(whole, split, clauses, bounds, source.Article.Id, count);
                scoredPlain += plain;
                scoredPruned += pruned;
            }
        }

        Assert.True(scoredPruned < scoredPlain, $"MaxScore scored {scoredPruned} documents, the boolean query {scoredPlain}");
    }

    [Fact]
    public void Bounds_below_the_real_scores_lose_hits_so_the_bounds_are_what_keeps_the_answer_exact()
    {
        using var lease = _index.Store.Acquire();
        var whole = SlicedSearchTests.Whole(lease);
        var differed = 0;
        foreach (var source in Sources(lease))
        {
            var profile = Profile(lease, source);
            var clauses = profile.Entities.Select(e => ((Query)new ConstantScoreQuery(profile.EntityQuery(e.Entity.Id)), e.Weight)).ToList();
            var tooLow = clauses.Select(c => c.Item2 * 0.1).ToArray();
            var expected = Hits(SlicedSearch.Top(whole, Query(clauses, source.Article.Id), 60));
            var got = Hits(MaxScoreQuery.Top(whole, new MaxScoreQuery(Query(clauses, source.Article.Id), tooLow), 60));
            differed += expected.SequenceEqual(got) ? 0 : 1;
        }

        Assert.True(differed > 0);
    }

    [Fact]
    public void Rejects_what_it_cannot_prune_exactly()
    {
        var required = new BooleanQuery(disableCoord: true) { { new TermQuery(new Term("text", "a")), Occur.MUST } };
        Assert.Throws<ArgumentException>(() => new MaxScoreQuery(required, [1]));
        var coord = new BooleanQuery { { new TermQuery(new Term("text", "a")), Occur.SHOULD } };
        Assert.Throws<ArgumentException>(() => new MaxScoreQuery(coord, [1]));
        var should = new BooleanQuery(disableCoord: true) { { new TermQuery(new Term("text", "a")), Occur.SHOULD } };
        Assert.Throws<ArgumentException>(() => new MaxScoreQuery(should, [1, 2]));
    }

    /// <summary>Compares one query every way; returns the documents each fully scored (their TotalHits).</summary>
    private static (int Plain, int Pruned) AssertSame(
        IndexSearcher whole, IndexSearcher split, List<(Query Query, float Boost)> clauses, double[] bounds, string excludedId, int count)
    {
        var plain = SlicedSearch.Top(whole, Query(clauses, excludedId), count);
        var expected = Hits(plain);
        var onOneSlice = MaxScoreQuery.Top(whole, new MaxScoreQuery(Query(clauses, excludedId), bounds), count);
        Assert.Equal(expected, Hits(onOneSlice));
        Assert.Equal(expected, Hits(MaxScoreQuery.Top(split, new MaxScoreQuery(Query(clauses, excludedId), bounds), count)));
        if (expected.Length > 0)
        {
            // Explain goes through the boolean query's weight, made on demand.
            Assert.True(whole.Explain(new MaxScoreQuery(Query(clauses, excludedId), bounds), expected[0].Doc).IsMatch);
        }

        return (plain.TotalHits, onOneSlice.TotalHits);
    }

    private static BooleanQuery Query(List<(Query Query, float Boost)> clauses, string excludedId)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (clause, boost) in clauses)
        {
            var copy = (Query)clause.Clone();
            copy.Boost = boost;
            query.Add(copy, Occur.SHOULD);
        }

        query.Add(new TermQuery(new Term(ArticleFields.Id, excludedId)), Occur.MUST_NOT);
        query.Add(new TermQuery(new Term(ArticleFields.ExcludedFromRelated, "1")), Occur.MUST_NOT);
        return query;
    }

    private static (int Doc, float Score)[] Hits(TopDocs top) => top.ScoreDocs.Select(d => (d.Doc, d.Score)).ToArray();

    private static IEnumerable<IndexedArticle> Sources(SearcherLease lease) =>
        Enumerable.Range(0, 15).Select(i => ArticleLookup.FindWithDoc(lease.Searcher, NewsroomGenerator.IdFor(i * 83))!.Value.Article);

    private static SourceProfile Profile(SearcherLease lease, IndexedArticle source) =>
        SourceProfile.Build(lease.Searcher.IndexReader, AnalyzerFactory.CreateIndexAnalyzer(), source, RelatedOptions.Default, indexed: true);
}
