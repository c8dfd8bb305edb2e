using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;
using Search.Lucene.Execution;

namespace Search.Core.Indexing;

/// <summary>Every searcher the manager hands out scores with the same BM25 the writer used and knows how to split a query (<see cref="SlicedSearch"/>).</summary>
internal sealed class Bm25SearcherFactory(SliceOptions slicing) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) =>
        new SlicingSearcher(reader, slicing) { Similarity = LuceneSetup.CreateSimilarity() };
}
