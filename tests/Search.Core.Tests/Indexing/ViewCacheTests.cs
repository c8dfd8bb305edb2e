using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

public sealed class ViewCacheTests
{
    [Fact]
    public void Within_one_view_an_answer_is_computed_once()
    {
        var cache = new ViewCache<string, string>(10, "test");
        var computed = 0;

        var first = cache.GetOrAdd("view-1", "q", () => $"answer {++computed}");
        var second = cache.GetOrAdd("view-1", "q", () => $"answer {++computed}");

        Assert.Equal("answer 1", first);
        Assert.Equal("answer 1", second);
        Assert.Equal(1, computed);
    }

    [Fact]
    public void A_new_view_drops_every_answer_of_the_old_one()
    {
        var cache = new ViewCache<string, string>(10, "test");
        cache.GetOrAdd("view-1", "q", () => "old");

        Assert.Equal("new", cache.GetOrAdd("view-2", "q", () => "new"));
        Assert.Equal("new", cache.GetOrAdd("view-2", "q", () => "newer"));
    }

    [Fact]
    public void A_full_cache_still_answers_but_keeps_nothing_more()
    {
        var cache = new ViewCache<int, string>(2, "test");
        for (var i = 0; i < 3; i++)
        {
            cache.GetOrAdd("view", i, () => $"first {i}");
        }

        Assert.Equal("first 1", cache.GetOrAdd("view", 1, () => "again 1"));
        Assert.Equal("again 2", cache.GetOrAdd("view", 2, () => "again 2"));
    }

    [Fact]
    public void Null_answers_and_a_zero_size_are_never_kept()
    {
        var none = new ViewCache<string, string>(10, "test");
        none.GetOrAdd("view", "missing", () => null);
        Assert.Equal("found", none.GetOrAdd("view", "missing", () => "found"));

        var off = new ViewCache<string, string>(0, "test");
        off.GetOrAdd("view", "q", () => "one");
        Assert.Equal("two", off.GetOrAdd("view", "q", () => "two"));
    }
}
