using Search.Core.Articles;
using Search.Core.Searching;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Searching;

public sealed class SearchResultCacheTests
{
    [Fact]
    public void A_repeated_request_is_answered_from_the_cache_until_the_index_changes()
    {
        using var index = new TempIndex([Story("first", "A volcano erupted in Iceland.")]);
        var search = new SearchService(index.Store, cacheEntries: 100);
        var request = new SearchRequest { Query = "volcano" };

        var first = search.Search(request);
        Assert.Same(first, search.Search(request with { }));

        index.Store.Upsert(Story("second", "The volcano calmed down."));
        var afterWrite = search.Search(request);
        Assert.Equal(2, afterWrite.Total);

        Assert.True(index.Store.Delete("first"));
        Assert.Equal(["second"], search.Search(request).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Requests_that_differ_in_any_parameter_are_cached_apart()
    {
        using var index = new TempIndex([Story("a", "Volcano news one."), Story("b", "Volcano news two.")]);
        var search = new SearchService(index.Store, cacheEntries: 100);

        var pageOne = search.Search(new SearchRequest { Query = "volcano", Size = 1, Page = 1 });
        var pageTwo = search.Search(new SearchRequest { Query = "volcano", Size = 1, Page = 2 });

        Assert.NotEqual(pageOne.Hits[0].Id, pageTwo.Hits[0].Id);
    }

    [Fact]
    public void Pages_larger_than_the_search_box_asks_for_are_never_cached()
    {
        using var index = new TempIndex([Story("a", "Volcano news.")]);
        var search = new SearchService(index.Store, cacheEntries: 100);
        var wide = new SearchRequest { Query = "volcano", Size = SearchService.MaxCachedPageSize + 1 };

        Assert.NotSame(search.Search(wide), search.Search(wide));
        var box = wide with { Size = SearchService.MaxCachedPageSize };
        Assert.Same(search.Search(box), search.Search(box));
    }

    private static Article Story(string id, string body) => new() { Id = id, Title = $"Story {id}", Body = body };
}
