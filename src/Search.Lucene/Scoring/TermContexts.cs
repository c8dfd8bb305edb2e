using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Lucene.Scoring;

/// <summary>
/// A term's statistics and per-segment states (<see cref="TermContext"/>) looked up once per index view: the search box
/// builds them for every word of every query, a terms-dictionary seek in each segment, and the same words recur from
/// query to query. Kept as long as the view's reader lives, so a write starts afresh; at most
/// <see cref="MaxTermsPerView"/> terms a view, past which a term is looked up each time.
/// </summary>
public static class TermContexts
{
    public const int MaxTermsPerView = 20_000;

    private static readonly ConditionalWeakTable<IndexReader, Entries> Views = new();

    /// <summary>What <see cref="TermContext.Build"/> gives for <paramref name="term"/> in the top-level <paramref name="top"/>.</summary>
    public static TermContext For(IndexReaderContext top, Term term)
    {
        var entries = Views.GetValue(top.Reader, _ => new Entries());
        if (entries.Contexts.TryGetValue(term, out var known))
        {
            return known;
        }

        var context = TermContext.Build(top, term);
        if (Volatile.Read(ref entries.Count) < MaxTermsPerView && entries.Contexts.TryAdd(new Term(term.Field, BytesRef.DeepCopyOf(term.Bytes)), context))
        {
            Interlocked.Increment(ref entries.Count);
        }

        return context;
    }

    private sealed class Entries
    {
        public int Count;

        public ConcurrentDictionary<Term, TermContext> Contexts { get; } = new();
    }
}
