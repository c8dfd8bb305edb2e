using Lucene.Net.Index;
using Lucene.Net.Search;
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
/// The windowed BM25 disjunction must answer exactly what the boolean query of term queries answers: the same
/// hits in the same order with the same float scores and totals, deleted and excluded documents left out.
/// </summary>
public sealed class Bm25DisjunctionTests : IClassFixture<SlicedSearchTests.EditedIndex>
{
    private readonly SlicedSearchTests.EditedIndex _index;

    public Bm25DisjunctionTests(SlicedSearchTests.EditedIndex index) => _index = index;

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(60)]
    [InlineData(5_000)]
    public void Gives_the_boolean_querys_hits_scores_and_totals_on_one_slice_or_several(int count)
    {
        using var lease = _index.Store.Acquire();
        var whole = SlicedSearchTests.Whole(lease);
        var split = SlicedSearchTests.Split(lease);
        Assert.IsType<TransparentBm25Similarity>(whole.Similarity);
        var compared = 0;
        foreach (var id in Enumerable.Range(0, 15).Select(i => NewsroomGenerator.IdFor(i * 83)))
        {
            var source = ArticleLookup.FindWithDoc(lease.Searcher, id)!.Value.Article;
            var profile = SourceProfile.Build(lease.Searcher.IndexReader, AnalyzerFactory.CreateIndexAnalyzer(), source, RelatedOptions.Default, indexed: true);
            // With and without the profile's term states (a draft's terms may have none), every term and every boost.
            foreach (var withStates in new[] { true, false })
            {
                var query = new Bm25Disjunction(
                    profile.Terms.Select(t => (new Term(ArticleFields.Text, t.Term), withStates ? profile.TextContext(t.Term) : null, t.SourceWeight)).ToArray(),
                    [new Term(ArticleFields.Id, id), new Term(ArticleFields.ExcludedFromRelated, "1")]);
                var expected = SlicedSearch.Top(whole, query.ToBooleanQuery(), count);
                Assert.True(expected.TotalHits > 10);
                foreach (var searcher in new[] { whole, split })
                {
                    var got = SlicedSearch.Top(searcher, query, count);
                    Assert.Equal(expected.TotalHits, got.TotalHits);
                    Assert.Equal(Hits(expected), Hits(got));
                }

                Assert.DoesNotContain(expected.ScoreDocs, d => lease.Searcher.Doc(d.Doc).Get(ArticleFields.Id) == id);
                // Explain goes through the boolean query's weight, made on demand.
                Assert.True(whole.Explain(query, expected.ScoreDocs[0].Doc).IsMatch);
                compared++;
            }
        }

        Assert.Equal(30, compared);
    }

    [Fact]
    public void Scores_given_documents_as_the_filtered_boolean_query_does()
    {
        using var lease = _index.Store.Acquire();
        var searcher = SlicedSearchTests.Whole(lease);
        var random = new Random(5);
        var checkedScores = 0;
        foreach (var id in Enumerable.Range(0, 10).Select(i => NewsroomGenerator.IdFor(i * 131)))
        {
            var source = ArticleLookup.FindWithDoc(lease.Searcher, id)!.Value.Article;
            var profile = SourceProfile.Build(lease.Searcher.IndexReader, AnalyzerFactory.CreateIndexAnalyzer(), source, RelatedOptions.Default, indexed: true);
            var query = new Bm25Disjunction(
                profile.Terms.Select(t => (new Term(ArticleFields.Text, t.Term), profile.TextContext(t.Term), t.SourceWeight)).ToArray(),
                [new Term(ArticleFields.Id, id)]);
            // Documents across every segment, the source itself (excluded), deleted ones, and ones matching nothing.
            var docs = Enumerable.Range(0, 150).Select(_ => random.Next(searcher.IndexReader.MaxDoc))
                .Append(ArticleLookup.FindWithDoc(lease.Searcher, id)!.Value.Doc).ToArray();
            var filtered = new FilteredQuery(query.ToBooleanQuery(), new DocSetFilter(docs), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
            var expected = searcher.Search(filtered, docs.Length).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
            var got = query.ScoreDocuments(searcher, docs);

            Assert.Equal(expected.Keys.Order(), got.Keys.Order());
            foreach (var (doc, score) in expected)
            {
                // The same floats, added up in another order: equal to within the last bit.
                Assert.Equal(score, got[doc], score * 1e-6f);
                checkedScores++;
            }
        }

        Assert.True(checkedScores > 200, $"only {checkedScores} scores compared");
    }

    [Fact]
    public void Scores_from_frequencies_already_read_are_the_postings_scores_bit_for_bit()
    {
        using var lease = _index.Store.Acquire();
        var searcher = SlicedSearchTests.Whole(lease);
        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        var random = new Random(7);
        var checkedScores = 0;
        foreach (var id in Enumerable.Range(0, 10).Select(i => NewsroomGenerator.IdFor(i * 131)))
        {
            var source = ArticleLookup.FindWithDoc(lease.Searcher, id)!.Value.Article;
            var profile = SourceProfile.Build(reader, AnalyzerFactory.CreateIndexAnalyzer(), source, RelatedOptions.Default, indexed: true);
            var clauses = profile.Terms.Select(t => (new Term(ArticleFields.Text, t.Term), profile.TextContext(t.Term), t.SourceWeight)).ToArray();
            var query = new Bm25Disjunction(clauses, []);
            // Live documents across every segment, most matching some clause, some none.
            var docs = Enumerable.Range(0, 200).Select(_ => random.Next(reader.MaxDoc)).Where(d => live is null || live.Get(d)).Distinct().Order().ToArray();
            var occurrences = TermOccurrences.Read(reader, clauses.Select(c => (c.Item1, c.Item2)).ToArray(), docs);

            var expected = query.ScoreDocuments(searcher, docs);
            var got = query.ScoreFrequencies(searcher, docs, (i, c) => occurrences.Frequencies[i][c]);

            Assert.Equal(expected.Keys.Order(), got.Keys.Order());
            foreach (var (doc, score) in expected)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(score), BitConverter.SingleToInt32Bits(got[doc]));
                checkedScores++;
            }
        }

        Assert.True(checkedScores > 200, $"only {checkedScores} scores compared");
    }

    [Fact]
    public void A_term_in_no_document_matches_nothing()
    {
        using var lease = _index.Store.Acquire();
        var query = new Bm25Disjunction([(new Term(ArticleFields.Text, "zzzqqqxxx"), null, 1f)], []);
        Assert.Equal(0, SlicedSearch.Top(SlicedSearchTests.Whole(lease), query, 10).TotalHits);
    }

    private static (int Doc, float Score)[] Hits(TopDocs top) => top.ScoreDocs.Select(d => (d.Doc, d.Score)).ToArray();
}
