using Search.Core.Articles;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Searching;

public sealed class FacetCountTests
{
    private static readonly string[] Sections = ["World", "Business", "Sport"];
    private static readonly string[] Countries = ["France", "Japan", "Brazil", "Kenya", "Canada"];

    [Fact]
    public void Facet_counts_over_several_segments_equal_the_totals_of_the_filtered_searches()
    {
        using var index = new TempIndex(Enumerable.Range(0, 300).Select(Story));
        // Writes after the build land in new segments, and replace some of the built articles.
        for (var i = 250; i < 400; i++)
        {
            index.Store.Upsert(Story(i));
        }

        var search = new SearchService(index.Store);
        var result = search.Search(new SearchRequest { Query = "harvest", FacetSize = 20 });

        Assert.Equal(400 / 2, result.Total);
        Assert.Equal(Sections.Length, result.Facets.Section.Count);
        foreach (var facet in result.Facets.Section)
        {
            Assert.Equal(search.Search(new SearchRequest { Query = "harvest", Section = facet.Value, FacetSize = 0 }).Total, facet.Count);
        }

        Assert.NotEmpty(result.Facets.Entity);
        foreach (var facet in result.Facets.Entity)
        {
            Assert.Equal(search.Search(new SearchRequest { Query = "harvest", Entity = facet.Value, FacetSize = 0 }).Total, facet.Count);
        }
    }

    [Fact]
    public void Thirty_two_bit_entity_ids_count_the_same_as_sixteen_bit_ones()
    {
        using var index = new TempIndex(Enumerable.Range(0, 300).Select(Story));
        index.Store.Upsert(Story(301));
        using var lease = index.Store.Acquire();
        var query = new global::Lucene.Net.Search.TermQuery(new global::Lucene.Net.Index.Term(Search.Core.Schema.ArticleFields.Text, "harvest"));

        IReadOnlyList<(string, int)> Count(int narrowLimit)
        {
            using var facets = new FacetCollector(lease.Searcher.IndexReader, new FacetOrdinals(Search.Core.Schema.ArticleFields.SectionFacet, false), new FacetOrdinals(Search.Core.Schema.ArticleFields.EntityFacet, true, narrowLimit));
            lease.Searcher.Search(query, facets);
            return facets.TopEntities(50);
        }

        var narrow = Count(ushort.MaxValue);
        Assert.NotEmpty(narrow);
        Assert.Equal(narrow, Count(narrowLimit: 0));
    }

    /// <summary>Every other story mentions the harvest; sections and countries cycle at different rates.</summary>
    private static Article Story(int i) => new()
    {
        Id = $"story-{i}",
        Title = $"Report {i} from {Countries[i % Countries.Length]}",
        Body = (i % 2 == 0 ? "The harvest was poor this season. " : "Markets were calm. ") + $"Officials in {Countries[i % Countries.Length]} spoke on day {i}.",
        Section = Sections[i % Sections.Length],
    };
}
