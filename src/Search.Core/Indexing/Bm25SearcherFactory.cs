using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Analysis;

namespace Search.Core.Indexing;

/// <summary>Every searcher the manager hands out scores with the same BM25 the writer used.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) =>
        new(reader) { Similarity = LuceneSetup.CreateSimilarity() };
}
