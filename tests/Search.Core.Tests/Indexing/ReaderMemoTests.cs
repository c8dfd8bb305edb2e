using Search.Lucene.Execution;

namespace Search.Core.Tests.Indexing;

/// <summary>A memo keeps values per owner, up to its bound; past it an owner computes each time, or gets nothing.</summary>
public sealed class ReaderMemoTests
{
    [Fact]
    public void Values_are_kept_per_owner_up_to_the_bound_then_computed_each_time()
    {
        var memo = new ReaderMemo<int, string>(2);
        var (first, second) = (new object(), new object());
        var computed = 0;
        string Compute(int key)
        {
            computed++;
            return $"v{key}#{computed}";
        }

        Assert.Equal("v1#1", memo.GetOrAdd(first, 1, () => Compute(1)));
        Assert.Equal("v1#1", memo.GetOrAdd(first, 1, () => Compute(1)));
        Assert.Equal("v1#2", memo.GetOrAdd(second, 1, () => Compute(1)));
        Assert.Equal("v2#3", memo.GetOrAdd(first, 2, () => Compute(2)));
        // Full: a third key is worked out on every call and never kept; the kept ones still answer.
        Assert.Equal("v3#4", memo.GetOrAdd(first, 3, () => Compute(3)));
        Assert.Equal("v3#5", memo.GetOrAdd(first, 3, () => Compute(3)));
        Assert.Equal("v2#3", memo.GetOrAdd(first, 2, () => Compute(2)));
        Assert.Equal(5, computed);
    }

    [Fact]
    public void Past_its_bound_a_memo_that_skips_gives_the_default_without_computing()
    {
        var memo = new ReaderMemo<int, string?>(1, skipWhenFull: true);
        var owner = new object();
        Assert.Equal("one", memo.GetOrAdd(owner, 1, () => "one"));
        Assert.Null(memo.GetOrAdd(owner, 2, () => throw new InvalidOperationException("computed past the bound")));
        Assert.Equal("one", memo.GetOrAdd(owner, 1, () => throw new InvalidOperationException("kept value recomputed")));
    }
}
