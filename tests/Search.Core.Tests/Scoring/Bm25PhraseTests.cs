using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Tests.Searching;
using Search.Lucene.Execution;
using Search.Lucene.Scoring;

namespace Search.Core.Tests.Scoring;

/// <summary>
/// The quoted phrase scored directly must answer exactly what the boolean query of its two phrase queries answers (the
/// same hits, order, float scores and totals, deleted documents left out), and once a bounded collector has counted all
/// it counts it must keep the exact top hits while collecting fewer documents.
/// </summary>
public sealed class Bm25PhraseTests : IClassFixture<BoundedCountingTests.Indexes>
{
    // Common and rare, with a stop word's gap ("bank of england" keeps a hole between its words), a repeated word, words
    // that never meet, and a word that is in no document.
    private static readonly string[] Phrases =
    [
        "officials said", "prime minister", "interest rate", "central bank", "the government said", "stock market",
        "bank of england", "said said", "minister court", "zzzqqq minister",
    ];

    private readonly BoundedCountingTests.Indexes _indexes;

    public Bm25PhraseTests(BoundedCountingTests.Indexes indexes) => _indexes = indexes;

    [Theory]
    [InlineData(false, 1)]
    [InlineData(false, 10)]
    [InlineData(false, 5_000)]
    [InlineData(true, 10)]
    [InlineData(true, 100)]
    public void Gives_the_boolean_querys_hits_scores_and_totals_on_one_slice_or_several(bool large, int count)
    {
        using var lease = _indexes.Store(large).Acquire();
        var whole = SlicedSearchTests.Whole(lease);
        var broad = 0;
        foreach (var text in Phrases)
        {
            foreach (var withTitle in new[] { true, false })
            {
                var phrase = Phrase(text, withTitle);
                var expected = SlicedSearch.Top(whole, phrase.ToBooleanQuery(), count);
                broad += expected.TotalHits > 100 ? 1 : 0;
                foreach (var searcher in new[] { whole, SlicedSearchTests.Split(lease) })
                {
                    var got = SlicedSearch.Top(searcher, phrase, count);
                    Assert.Equal(expected.TotalHits, got.TotalHits);
                    Assert.Equal(Hits(expected), Hits(got));
                }

                if (expected.TotalHits > 0)
                {
                    Assert.True(whole.Explain(phrase, expected.ScoreDocs[0].Doc).IsMatch);
                }
            }
        }

        Assert.True(broad >= 6, $"only {broad} phrases with over 100 matches");
    }

    [Fact]
    public void Nested_in_a_larger_query_it_scores_as_the_boolean_query()
    {
        using var lease = _indexes.Store(large: false).Acquire();
        var searcher = SlicedSearchTests.Whole(lease);
        var phrase = Phrase("officials said", withTitle: true);
        Query Around(Query inner) => new BooleanQuery(disableCoord: true)
        {
            { inner, Occur.SHOULD },
            { new TermQuery(new Term(ArticleFields.Text, "minist")), Occur.SHOULD },
        };

        var expected = SlicedSearch.Top(searcher, Around(phrase.ToBooleanQuery()), 50);
        var got = SlicedSearch.Top(searcher, Around(phrase), 50);
        Assert.True(expected.TotalHits > 100);
        Assert.Equal(expected.TotalHits, got.TotalHits);
        Assert.Equal(Hits(expected), Hits(got));
    }

    [Theory]
    [InlineData(false, 1, 10)]
    [InlineData(false, 50, 100)]
    [InlineData(true, 1, 10)]
    [InlineData(true, 200, 10)]
    [InlineData(true, 500, 100)]
    public void The_bounded_phrase_collects_fewer_documents_and_keeps_the_exact_top_hits(bool large, int countLimit, int numHits)
    {
        using var lease = _indexes.Store(large).Acquire();
        var skippedSome = 0;
        foreach (var text in new[] { "officials said", "prime minister", "the government said", "interest rate" })
        {
            var phrase = Phrase(text, withTitle: true);
            foreach (var searcher in new[] { SlicedSearchTests.Whole(lease), SlicedSearchTests.Split(lease) })
            {
                var expected = SlicedSearch.Top(searcher, phrase.ToBooleanQuery(), numHits);
                var collectors = SlicedSearch.Run(searcher, phrase, () => new BoundedCountingTests.CallCounter(new BoundedTopScoreCollector<ICollector>(numHits, countLimit, null)));
                var got = SlicedSearch.Merge(null, numHits, collectors.Select(c => c.Inner).ToArray());

                Assert.Equal(Hits(expected.ScoreDocs), Hits(got.ScoreDocs));
                if (collectors.Any(c => c.Inner.Skipped))
                {
                    Assert.InRange(got.TotalHits, countLimit, expected.TotalHits);
                    Assert.True(collectors.Sum(c => c.Calls) <= expected.TotalHits);
                    skippedSome += collectors.Sum(c => c.Calls) < expected.TotalHits * 0.9 ? 1 : 0;
                }
                else
                {
                    Assert.Equal(expected.TotalHits, got.TotalHits);
                }
            }
        }

        // On the broad phrases most matches were never handed over: they could not reach the top hits.
        Assert.True(skippedSome >= 2, $"only {skippedSome} searches collected under 90% of their matches");
    }

    [Fact]
    public void The_search_box_phrase_is_recognised_and_other_shapes_are_not()
    {
        var builder = new LuceneQueryBuilder(AnalyzerFactory.CreateIndexAnalyzer(), RankingOptions.Default);
        Assert.IsType<Bm25Phrase>(builder.Build(UserQueryParser.Parse("\"prime minister\""))!.Match);
        Assert.IsType<Bm25Phrase>(builder.Build(UserQueryParser.Parse("\"bank of england\""))!.Match);
        Assert.IsNotType<Bm25Phrase>(builder.Build(UserQueryParser.Parse("\"prime minister\" court"))!.Match);
        Assert.IsNotType<Bm25Phrase>(builder.Build(UserQueryParser.Parse("\"prime minister\" -court"))!.Match);
        Assert.IsNotType<Bm25Phrase>(builder.Build(UserQueryParser.Parse("\"minister\""))!.Match);

        var sloppy = new PhraseQuery { Slop = 2 };
        sloppy.Add(new Term(ArticleFields.Text, "prime"));
        sloppy.Add(new Term(ArticleFields.Text, "minist"));
        var inner = new BooleanQuery(disableCoord: true) { { sloppy, Occur.MUST } };
        Assert.Null(Bm25Phrase.TryRewrite(new BooleanQuery(disableCoord: true) { { inner, Occur.SHOULD } }));
    }

    /// <summary>The search box's phrase: the text phrase required, the headline phrase (boosted) adding score.</summary>
    private static Bm25Phrase Phrase(string text, bool withTitle)
    {
        var terms = AnalyzerFactory.TermPositions(AnalyzerFactory.CreateIndexAnalyzer(), ArticleFields.Text, text);
        var inText = new PhraseQuery();
        var inTitle = new PhraseQuery { Boost = RankingOptions.Default.TitleBoost };
        Assert.True(terms.Count >= 2, $"\"{text}\" analyzes to {terms.Count} term(s)");
        foreach (var (term, position) in terms)
        {
            inText.Add(new Term(ArticleFields.Text, term), position);
            inTitle.Add(new Term(ArticleFields.Title, term), position);
        }

        return new Bm25Phrase(inText, withTitle ? inTitle : null);
    }

    private static (int Doc, float Score)[] Hits(TopDocs top) => Hits(top.ScoreDocs);

    private static (int Doc, float Score)[] Hits(ScoreDoc[] docs) => docs.Select(d => (d.Doc, d.Score)).ToArray();
}
