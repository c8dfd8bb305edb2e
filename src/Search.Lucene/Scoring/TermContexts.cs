using Lucene.Net.Index;
using Search.Lucene.Execution;

namespace Search.Lucene.Scoring;

/// <summary>
/// A term's statistics and per-segment states (<see cref="TermContext"/>) looked up once per index view: the search box
/// builds them for every word of every query, a terms-dictionary seek in each segment, and the same words recur from
/// query to query. Kept as long as the view's reader lives, so a write starts afresh; at most
/// <see cref="MaxTermsPerView"/> terms a view, past which a term is looked up each time. Keyed by the term's field and
/// bytes: the queries' terms are made from text and never changed.
/// </summary>
public static class TermContexts
{
    public const int MaxTermsPerView = 20_000;

    private static readonly ReaderMemo<Term, TermContext> Views = new(MaxTermsPerView);

    /// <summary>What <see cref="TermContext.Build"/> gives for <paramref name="term"/> in the top-level <paramref name="top"/>.</summary>
    public static TermContext For(IndexReaderContext top, Term term) => Views.GetOrAdd(top.Reader, term, () => TermContext.Build(top, term));
}
