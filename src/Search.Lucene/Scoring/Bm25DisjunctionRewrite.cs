using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Lucene.Scoring;

/// <summary>
/// Recognises a <see cref="BooleanQuery"/> that <see cref="Bm25Disjunction"/> answers exactly: SHOULD term
/// clauses (any boosts, any fields) with no coord and no minimum to match, plus MUST_NOT clauses that are
/// terms or groups of SHOULD terms. Such a query is what <c>BooleanScorer</c> scores window by window; the
/// disjunction scores the same windows with the same floats, reading the postings directly.
/// </summary>
public static class Bm25DisjunctionRewrite
{
    /// <summary>The same query as a <see cref="Bm25Disjunction"/>, or null when its shape needs the boolean scorers.</summary>
    public static Bm25Disjunction? TryRewrite(BooleanQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.CoordDisabled || query.MinimumNumberShouldMatch != 0)
        {
            return null;
        }

        var clauses = new List<(Term Term, TermContext? Context, float Boost)>(query.Clauses.Count);
        var excluded = new List<Term>();
        foreach (var clause in query.Clauses)
        {
            switch (clause.Occur)
            {
                case Occur.SHOULD when clause.Query is TermQuery term:
                    clauses.Add((term.Term, null, term.Boost));
                    break;
                case Occur.MUST_NOT when AnyOf(clause.Query, excluded):
                    break;
                default:
                    return null;
            }
        }

        return clauses.Count == 0 ? null : new Bm25Disjunction(clauses, excluded) { Boost = query.Boost };
    }

    /// <summary>Adds the terms of a query that matches a document exactly when one of them does; false for any other query.</summary>
    private static bool AnyOf(Query query, List<Term> terms)
    {
        if (query is TermQuery term)
        {
            terms.Add(term.Term);
            return true;
        }

        if (query is not BooleanQuery group || group.MinimumNumberShouldMatch > 1 || group.Clauses.Count == 0)
        {
            return false;
        }

        foreach (var clause in group.Clauses)
        {
            if (clause.Occur != Occur.SHOULD || !AnyOf(clause.Query, terms))
            {
                return false;
            }
        }

        return true;
    }
}
