using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Tests.Searching;
using Search.Lucene.Execution;
using Search.Lucene.Scoring;

namespace Search.Core.Tests.Scoring;

/// <summary>
/// The search box's free-word query is scored by <see cref="Bm25Disjunction"/> when its shape allows: it must
/// answer what the boolean query it replaces answers (hits, order, float scores, totals), over several fields
/// with their boosts and with excluded words, and other shapes must keep the boolean query.
/// </summary>
public sealed class Bm25DisjunctionRewriteTests : IClassFixture<SlicedSearchTests.EditedIndex>
{
    private static readonly string[] Fields = [ArticleFields.Text, ArticleFields.Title, ArticleFields.Captions, ArticleFields.EntityNames];
    private static readonly float[] Boosts = [1f, 0.25f, 0.2f, 0.3f];

    private readonly SlicedSearchTests.EditedIndex _index;

    public Bm25DisjunctionRewriteTests(SlicedSearchTests.EditedIndex index) => _index = index;

    [Theory]
    [InlineData("government", "")]
    [InlineData("officials said", "")]
    [InlineData("oil prices", "bank")]
    [InlineData("central bank interest rates inflation growth", "")]
    [InlineData("minister court france", "police")]
    public void A_flat_disjunction_over_fields_scores_as_the_boolean_query(string words, string excludedWord)
    {
        using var lease = _index.Store.Acquire();
        var analyzer = AnalyzerFactory.CreateIndexAnalyzer();
        var boolean = new BooleanQuery(disableCoord: true);
        foreach (var term in AnalyzerFactory.Terms(analyzer, ArticleFields.Text, words))
        {
            for (var f = 0; f < Fields.Length; f++)
            {
                boolean.Add(new TermQuery(new Term(Fields[f], term)) { Boost = Boosts[f] }, Occur.SHOULD);
            }
        }

        foreach (var term in AnalyzerFactory.Terms(analyzer, ArticleFields.Text, excludedWord))
        {
            // As the builder excludes a word: one group of its field clauses.
            var group = new BooleanQuery(disableCoord: true);
            foreach (var field in Fields)
            {
                group.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }

            boolean.Add(group, Occur.MUST_NOT);
        }

        var rewritten = Bm25DisjunctionRewrite.TryRewrite(boolean);
        Assert.NotNull(rewritten);
        foreach (var searcher in new[] { SlicedSearchTests.Whole(lease), SlicedSearchTests.Split(lease) })
        {
            foreach (var count in new[] { 1, 10, 100, 5_000 })
            {
                var expected = SlicedSearch.Top(searcher, boolean, count);
                var got = SlicedSearch.Top(searcher, rewritten, count);
                Assert.True(expected.TotalHits > 0);
                Assert.Equal(expected.TotalHits, got.TotalHits);
                Assert.Equal(Hits(expected), Hits(got));
            }
        }
    }

    [Fact]
    public void Shapes_the_disjunction_cannot_answer_keep_the_boolean_query()
    {
        var term = new TermQuery(new Term(ArticleFields.Text, "bank"));
        var other = new TermQuery(new Term(ArticleFields.Title, "oil"));

        var required = new BooleanQuery(disableCoord: true) { { term, Occur.SHOULD }, { other, Occur.MUST } };
        var coord = new BooleanQuery(disableCoord: false) { { term, Occur.SHOULD }, { other, Occur.SHOULD } };
        var minimum = new BooleanQuery(disableCoord: true) { { term, Occur.SHOULD }, { other, Occur.SHOULD } };
        minimum.MinimumNumberShouldMatch = 2;
        var nested = new BooleanQuery(disableCoord: true) { { term, Occur.SHOULD }, { new BooleanQuery(disableCoord: true) { { other, Occur.SHOULD } }, Occur.SHOULD } };
        var phraseExcluded = new BooleanQuery(disableCoord: true) { { term, Occur.SHOULD }, { new PhraseQuery { new Term(ArticleFields.Text, "oil"), new Term(ArticleFields.Text, "price") }, Occur.MUST_NOT } };
        var onlyExcluded = new BooleanQuery(disableCoord: true) { { term, Occur.MUST_NOT } };

        foreach (var query in new[] { required, coord, minimum, nested, phraseExcluded, onlyExcluded })
        {
            Assert.Null(Bm25DisjunctionRewrite.TryRewrite(query));
        }
    }

    [Theory]
    [InlineData("oil prices", true)]
    [InlineData("oil prices -bank", true)]
    [InlineData("oil +prices", false)]
    [InlineData("\"oil prices\"", false)]
    [InlineData("oil pri*", false)]
    public void The_search_box_scores_free_words_with_the_disjunction(string typed, bool direct)
    {
        var builder = new LuceneQueryBuilder(AnalyzerFactory.CreateIndexAnalyzer(), RankingOptions.Default);
        var text = builder.Build(UserQueryParser.Parse(typed))!;
        Assert.Equal(direct, text.Match is Bm25Disjunction);
    }

    private static (int Doc, float Score)[] Hits(TopDocs top) => top.ScoreDocs.Select(d => (d.Doc, d.Score)).ToArray();
}
