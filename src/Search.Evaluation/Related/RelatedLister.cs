namespace Search.Evaluation.Related;

/// <summary>
/// A system opened on one bench: the top ids for a query article, and what it holds while the run lasts
/// (a searcher lease). Every lister is read-only, so a parallel run may call it from several threads.
/// </summary>
internal sealed class RelatedLister(Func<LabeledNewsArticle, IReadOnlyList<string>> find, IDisposable? holds = null) : IDisposable
{
    public IReadOnlyList<string> Find(LabeledNewsArticle query) => find(query);

    public void Dispose() => holds?.Dispose();
}
