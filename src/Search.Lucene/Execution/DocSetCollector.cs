using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Lucene.Execution;

/// <summary>Collects the index-wide ids of every matching document into a set, unscored.</summary>
public sealed class DocSetCollector(ISet<int> into) : ICollector
{
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => into.Add(_docBase + doc);
}
