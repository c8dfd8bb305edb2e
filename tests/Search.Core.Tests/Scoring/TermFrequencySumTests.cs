using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Schema;
using Search.Core.Tests.Searching;
using Search.Lucene.Scoring;
using Search.Synthetic;

namespace Search.Core.Tests.Scoring;

/// <summary>
/// The candidates' weighted term-frequency sums must equal what a full walk of every term's postings gives, on an
/// index of several segments with replaced (deleted) documents, with and without the terms' contexts.
/// </summary>
public sealed class TermFrequencySumTests : IClassFixture<SlicedSearchTests.EditedIndex>
{
    private readonly SlicedSearchTests.EditedIndex _index;

    public TermFrequencySumTests(SlicedSearchTests.EditedIndex index) => _index = index;

    [Fact]
    public void Equals_a_full_walk_of_each_terms_postings()
    {
        using var lease = _index.Store.Acquire();
        var reader = lease.Searcher.IndexReader;
        Assert.True(reader.Leaves.Count > 1, "the fixture should have several segments");
        var random = new Random(5);
        var compared = 0;
        foreach (var id in Enumerable.Range(0, 12).Select(i => NewsroomGenerator.IdFor(i * 97)))
        {
            var source = ArticleLookup.FindWithDoc(lease.Searcher, id)!.Value.Article;
            var profile = SourceProfile.Build(reader, AnalyzerFactory.CreateIndexAnalyzer(), source, RelatedOptions.Default, indexed: true);
            var withContexts = profile.CosineTerms.Select(t => (new Term(ArticleFields.Text, t.Term), profile.TextContext(t.Term), t.Weight)).ToArray();
            var withoutContexts = withContexts.Select(t => (t.Item1, (TermContext?)null, t.Weight)).ToArray();
            var docs = Enumerable.Range(0, reader.MaxDoc).Where(_ => random.NextDouble() < 0.05).ToArray();

            var expected = FullWalk(reader, withContexts.Select(t => (t.Item1, t.Weight)), docs);
            var fast = TermFrequencySum.Compute(reader, ArticleFields.Text, withContexts, docs, TextVector.Weight);
            var slow = TermFrequencySum.Compute(reader, ArticleFields.Text, withoutContexts, docs, TextVector.Weight);

            for (var i = 0; i < docs.Length; i++)
            {
                Assert.Equal(expected[i], fast[i], 4);
                Assert.Equal(expected[i], slow[i], 4);
            }

            compared += expected.Count(e => e > 0);
        }

        Assert.True(compared > 100, $"only {compared} non-zero sums compared");
    }

    [Fact]
    public void Refuses_documents_out_of_order()
    {
        using var lease = _index.Store.Acquire();
        Assert.Throws<ArgumentException>(() => TermFrequencySum.Compute(
            lease.Searcher.IndexReader, ArticleFields.Text, [(new Term(ArticleFields.Text, "x"), null, 1f)], [5, 3], TextVector.Weight));
    }

    [Fact]
    public void Text_vector_length_is_the_root_of_the_summed_squared_log_frequencies()
    {
        // "storms" and "storm" stem alike, "the" is a stop word: storm ×3, flood ×1.
        var length = TextVector.Length(AnalyzerFactory.CreateIndexAnalyzer(), "The storm, the storms and a storm; then a flood.");
        var storm = 1 + MathF.Log(3);
        Assert.Equal(MathF.Sqrt(storm * storm + 1), length, 4);
        Assert.Equal(0f, TextVector.Weight(0));
        Assert.Equal(1f, TextVector.Weight(1));
    }

    /// <summary>Every live posting of every term, walked doc by doc: Σ weight · (1 + ln tf) for the given documents.</summary>
    private static float[] FullWalk(IndexReader reader, IEnumerable<(Term Term, float Weight)> terms, int[] docs)
    {
        var position = docs.Select((doc, i) => (doc, i)).ToDictionary(x => x.doc, x => x.i);
        var sums = new float[docs.Length];
        var liveDocs = MultiFields.GetLiveDocs(reader);
        foreach (var (term, weight) in terms)
        {
            var postings = MultiFields.GetTermDocsEnum(reader, liveDocs, term.Field, term.Bytes, DocsFlags.FREQS);
            if (postings is null)
            {
                continue;
            }

            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                if (position.TryGetValue(doc, out var i))
                {
                    sums[i] += weight * (1 + MathF.Log(postings.Freq));
                }
            }
        }

        return sums;
    }
}
