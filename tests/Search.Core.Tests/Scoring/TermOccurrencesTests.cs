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
/// Where the source's terms occur in the candidates must be what a full walk of every term's postings gives, on an
/// index of several segments with replaced (deleted) documents, with and without the terms' contexts; adjacency is
/// checked against a plain search of the two position lists.
/// </summary>
public sealed class TermOccurrencesTests : IClassFixture<SlicedSearchTests.EditedIndex>
{
    private readonly SlicedSearchTests.EditedIndex _index;

    public TermOccurrencesTests(SlicedSearchTests.EditedIndex index) => _index = index;

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
            var withContexts = profile.CosineTerms.Select(t => (new Term(ArticleFields.Text, t.Term), profile.TextContext(t.Term))).ToArray();
            var withoutContexts = withContexts.Select(t => (t.Item1, (TermContext?)null)).ToArray();
            var docs = Enumerable.Range(0, reader.MaxDoc).Where(_ => random.NextDouble() < 0.05).ToArray();
            // Positions asked for every other term of every other document.
            var wanted = docs.Select((_, i) => withContexts.Select((_, t) => (i + t) % 2 == 0).ToArray()).ToArray();

            var expected = FullWalk(reader, withContexts.Select(t => t.Item1).ToArray(), docs);
            var fast = TermOccurrences.Read(reader, withContexts, docs);
            var slow = TermOccurrences.Read(reader, withoutContexts, docs);
            Assert.All(fast.Positions.Concat(slow.Positions), row => Assert.All(row, Assert.Null));
            fast.ReadPositions(wanted);
            slow.ReadPositions(wanted);

            for (var i = 0; i < docs.Length; i++)
            {
                for (var t = 0; t < withContexts.Length; t++)
                {
                    var positions = wanted[i][t] ? expected[i][t] : null;
                    Assert.Equal(expected[i][t]?.Length ?? 0, fast.Frequencies[i][t]);
                    Assert.Equal(expected[i][t]?.Length ?? 0, slow.Frequencies[i][t]);
                    Assert.Equal(positions, fast.Positions[i][t]);
                    Assert.Equal(positions, slow.Positions[i][t]);
                    compared += expected[i][t] is null ? 0 : 1;
                }
            }
        }

        Assert.True(compared > 100, $"only {compared} occurrences compared");
    }

    [Fact]
    public void Refuses_documents_out_of_order()
    {
        using var lease = _index.Store.Acquire();
        Assert.Throws<ArgumentException>(() => TermOccurrences.Read(lease.Searcher.IndexReader, [(new Term(ArticleFields.Text, "x"), null)], [5, 3]));
    }

    [Theory]
    [InlineData(new[] { 3 }, new[] { 4 }, true)]
    [InlineData(new[] { 3 }, new[] { 6 }, true)] // two stop words between
    [InlineData(new[] { 3 }, new[] { 2, 7 }, false)]
    [InlineData(new[] { 1, 7, 20 }, new[] { 3, 30 }, true)]
    [InlineData(new[] { 1, 7, 20 }, new[] { 12, 22 }, true)]
    [InlineData(new[] { 1, 7, 20 }, new[] { 0, 6, 19 }, false)]
    [InlineData(new[] { 5 }, new[] { 5 }, false)]
    public void Adjacent_means_some_position_of_the_second_shortly_after_one_of_the_first(int[] first, int[] second, bool adjacent)
    {
        Assert.Equal(adjacent, TermOccurrences.Adjacent(first, second));
        Assert.Equal(first.Any(p => second.Any(q => q > p && q - p <= TermOccurrences.MaxPairDistance)), TermOccurrences.Adjacent(first, second));
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

    /// <summary>Every live posting of every term, walked doc by doc: the positions in each of the given documents.</summary>
    private static int[]?[][] FullWalk(IndexReader reader, Term[] terms, int[] docs)
    {
        var index = docs.Select((doc, i) => (doc, i)).ToDictionary(x => x.doc, x => x.i);
        var found = docs.Select(_ => new int[]?[terms.Length]).ToArray();
        var liveDocs = MultiFields.GetLiveDocs(reader);
        for (var t = 0; t < terms.Length; t++)
        {
            var postings = MultiFields.GetTermPositionsEnum(reader, liveDocs, terms[t].Field, terms[t].Bytes);
            if (postings is null)
            {
                continue;
            }

            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                if (index.TryGetValue(doc, out var i))
                {
                    found[i][t] = Enumerable.Range(0, postings.Freq).Select(_ => postings.NextPosition()).ToArray();
                }
            }
        }

        return found;
    }
}
