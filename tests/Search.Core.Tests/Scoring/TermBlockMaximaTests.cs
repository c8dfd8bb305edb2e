using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;
using Search.Core.Tests.Searching;
using Search.Lucene.Scoring;

namespace Search.Core.Tests.Scoring;

/// <summary>
/// A term's block maxima bound what it scores in every document of each block, at the index's BM25 statistics, and are
/// tight where the block's best document is among the pairs kept; blocks without the term bound nothing. What the
/// bounds let the scorer leave out is tested against the exhaustive search in <see cref="BoundedCountingTests"/>.
/// </summary>
public sealed class TermBlockMaximaTests : IClassFixture<BoundedCountingTests.Indexes>
{
    private readonly BoundedCountingTests.Indexes _indexes;

    public TermBlockMaximaTests(BoundedCountingTests.Indexes indexes) => _indexes = indexes;

    [Theory]
    [InlineData("said")]
    [InlineData("govern")]
    [InlineData("offici")]
    public void Every_document_scores_at_most_its_blocks_bound_and_most_blocks_best_reach_it(string text)
    {
        using var lease = _indexes.Large.Store.Acquire();
        var searcher = lease.Searcher;
        var similarity = Assert.IsType<TransparentBm25Similarity>(searcher.Similarity);
        var lengthFactors = similarity.LengthFactors(searcher.CollectionStatistics(ArticleFields.Text));
        Assert.True(TermBlockMaxima.Monotone(lengthFactors));
        const float weight = 2.5f;
        var term = new Term(ArticleFields.Text, text);
        var blocks = 0;
        var tight = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var termsEnum = reader.GetTerms(ArticleFields.Text)!.GetEnumerator();
            if (!termsEnum.SeekExact(term.Bytes) || termsEnum.DocFreq < TermBlockMaxima.MinDocs)
            {
                continue;
            }

            var maxima = TermBlockMaxima.Compute(reader, term, termsEnum.GetTermState());
            Assert.NotNull(maxima);
            var bounds = maxima.Bounds(weight, lengthFactors, similarity.K1);
            Assert.Equal((reader.MaxDoc + TermBlockMaxima.BlockSize - 1) / TermBlockMaxima.BlockSize, bounds.Length);
            var best = new double[bounds.Length];
            var norms = reader.GetNormValues(ArticleFields.Text)!;
            var docs = termsEnum.Docs(null, null, DocsFlags.FREQS);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                // BM25Similarity's scorer, as Bm25Postings computes it.
                float freq = docs.Freq;
                var score = weight * freq / (freq + lengthFactors[((sbyte)norms.Get(doc)) & 0xFF]);
                var block = doc / TermBlockMaxima.BlockSize;
                Assert.True(score <= bounds[block], $"{text}: document {doc} scores {score:R}, over its block's bound {bounds[block]:R}");
                best[block] = Math.Max(best[block], score);
            }

            for (var block = 0; block < bounds.Length; block++)
            {
                // A block without the term bounds nothing; one with it never more than the term's weight.
                Assert.Equal(best[block] == 0, bounds[block] == 0);
                Assert.InRange(bounds[block], 0, weight * (1 + 1e-4));
                if (best[block] > 0)
                {
                    blocks++;
                    tight += bounds[block] - best[block] <= best[block] * 1e-4 ? 1 : 0;
                }
            }
        }

        Assert.True(blocks >= 4, $"{text}: only {blocks} blocks with maxima");
        // Pairs are merged only past six a block, so nearly every block's bound is its best document's score.
        Assert.True(tight * 10 >= blocks * 9, $"{text}: {tight} of {blocks} blocks tight");
    }

    [Fact]
    public void A_long_posting_list_is_worked_out_once_per_segment_and_a_short_one_not_at_all()
    {
        using var lease = _indexes.Large.Store.Acquire();
        var leaf = lease.Searcher.IndexReader.Leaves.OrderByDescending(l => l.Reader.MaxDoc).First();
        var termsEnum = leaf.AtomicReader.GetTerms(ArticleFields.Text)!.GetEnumerator();
        var common = new Term(ArticleFields.Text, "said");
        Assert.True(termsEnum.SeekExact(common.Bytes));
        var (state, docFreq) = (termsEnum.GetTermState(), termsEnum.DocFreq);
        Assert.True(docFreq >= TermBlockMaxima.MinDocs, $"'said' in {docFreq} documents");

        var first = TermBlockMaxima.For(leaf.AtomicReader, common, state, docFreq);
        Assert.NotNull(first);
        Assert.Same(first, TermBlockMaxima.For(leaf.AtomicReader, common, state, docFreq));
        Assert.Null(TermBlockMaxima.For(leaf.AtomicReader, common, state, TermBlockMaxima.MinDocs - 1));
    }
}
