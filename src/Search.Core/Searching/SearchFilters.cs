using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Lucene.Scoring;

namespace Search.Core.Searching;

/// <summary>Section, author, entity and date-range filters: they restrict matches without changing scores.</summary>
internal static class SearchFilters
{
    /// <summary>Combines the text query (null: everything) with the request's filters.</summary>
    public static Query Apply(Query? text, SearchRequest request)
    {
        var filter = new BooleanQuery();
        AddTerm(filter, ArticleFields.Section, request.Section, normalize: true);
        AddTerm(filter, ArticleFields.Author, request.Author, normalize: true);
        AddTerm(filter, ArticleFields.Entity, request.Entity, normalize: false);
        if (request.From is not null || request.To is not null)
        {
            filter.Add(NumericRangeQuery.NewInt64Range(
                ArticleFields.Published,
                request.From?.ToUnixTimeMilliseconds(),
                request.To?.ToUnixTimeMilliseconds(),
                minInclusive: true,
                maxInclusive: true), Occur.MUST);
        }

        if (filter.Clauses.Count == 0)
        {
            return text ?? new MatchAllDocsQuery();
        }

        if (text is null)
        {
            return new ConstantScoreQuery(filter);
        }

        // The queries that score themselves and can stop counting get the filter as a bit set of accepted documents, so
        // their own bulk scorers run (SearchService bounds them); others leap-frog with the filter as Lucene does.
        return text is Bm25Disjunction or Bm25Phrase
            ? new FilteredQuery(text, new BitSetFilter(new QueryWrapperFilter(filter)), BitSetFilter.RandomAccess)
            : new FilteredQuery(text, new QueryWrapperFilter(filter));
    }

    private static void AddTerm(BooleanQuery filter, string field, string? value, bool normalize)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            filter.Add(new TermQuery(new Term(field, normalize ? ArticleDocumentBuilder.Normalize(value) : value.Trim())), Occur.MUST);
        }
    }
}
