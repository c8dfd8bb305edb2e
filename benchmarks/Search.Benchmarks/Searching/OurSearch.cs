using Search.Benchmarks.Corpus;
using Search.Core.Searching;

namespace Search.Benchmarks.Searching;

/// <summary>A mix query through our <see cref="SearchService"/>, with the request the API sends by default (10 hits, facets, snippets).</summary>
public sealed class OurSearch(BenchIndex index)
{
    private readonly SearchService _service = new(index.Store);

    /// <summary>Runs the query; returns total hits plus the length of the ids returned, so nothing is optimised away.</summary>
    public long Run(MixQuery query)
    {
        var result = _service.Search(new SearchRequest
        {
            Query = query.Text,
            Section = query.Section,
            Sort = query.Newest ? SearchSort.Newest : SearchSort.Relevance,
        });
        long total = result.Total;
        foreach (var hit in result.Hits)
        {
            total += hit.Id.Length;
        }

        return total;
    }

    /// <summary>Total hits of the query as typed or, when nothing matched, as corrected.</summary>
    public int Total(MixQuery query) => _service.Search(new SearchRequest { Query = query.Text, Section = query.Section }).Total;
}
