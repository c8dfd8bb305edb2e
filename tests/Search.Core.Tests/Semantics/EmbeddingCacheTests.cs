using Search.Core.Semantics;

namespace Search.Core.Tests.Semantics;

public sealed class EmbeddingCacheTests : IDisposable
{
    private const int ValueLength = 69;
    private readonly string _folder = Directory.CreateTempSubdirectory("embedding-cache").FullName;

    private string FilePath => Path.Combine(_folder, "embeddings.bin");

    [Fact]
    public void Vectors_added_by_one_process_are_read_back_by_the_next()
    {
        using (var cache = Open())
        {
            cache.Add(EmbeddingCache.KeyOf("one"), Value(1));
            cache.Add(EmbeddingCache.KeyOf("two"), Value(2));
            Assert.True(cache.IsPersistent);
        }

        using var reopened = Open();

        Assert.Equal(2, reopened.Count);
        Assert.True(reopened.TryGet(EmbeddingCache.KeyOf("two"), out var two));
        Assert.Equal(Value(2), two);
        Assert.False(reopened.TryGet(EmbeddingCache.KeyOf("three"), out _));
    }

    [Fact]
    public void A_damaged_record_is_skipped_and_the_others_still_load()
    {
        using (var cache = Open())
        {
            for (var i = 0; i < 3; i++)
            {
                cache.Add(EmbeddingCache.KeyOf($"text {i}"), Value(i));
            }
        }

        var bytes = File.ReadAllBytes(FilePath);
        var recordLength = 16 + ValueLength + 4;
        bytes[bytes.Length - recordLength - 10] ^= 0xFF; // inside the second of three records
        File.WriteAllBytes(FilePath, bytes);

        using var reopened = Open();

        Assert.Equal(1, reopened.DamagedRecords);
        Assert.True(reopened.TryGet(EmbeddingCache.KeyOf("text 0"), out _));
        Assert.False(reopened.TryGet(EmbeddingCache.KeyOf("text 1"), out _));
        Assert.True(reopened.TryGet(EmbeddingCache.KeyOf("text 2"), out var last));
        Assert.Equal(Value(2), last);
    }

    [Fact]
    public void A_torn_last_record_is_cut_off_so_later_records_stay_readable()
    {
        using (var cache = Open())
        {
            cache.Add(EmbeddingCache.KeyOf("kept"), Value(1));
            cache.Add(EmbeddingCache.KeyOf("torn"), Value(2));
        }

        using (var file = File.OpenWrite(FilePath))
        {
            file.SetLength(file.Length - 30);
        }

        using (var cache = Open())
        {
            Assert.Equal(1, cache.DamagedRecords);
            cache.Add(EmbeddingCache.KeyOf("after"), Value(3));
        }

        using var reopened = Open();

        Assert.Equal(0, reopened.DamagedRecords);
        Assert.True(reopened.TryGet(EmbeddingCache.KeyOf("kept"), out _));
        Assert.True(reopened.TryGet(EmbeddingCache.KeyOf("after"), out var after));
        Assert.Equal(Value(3), after);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("other model")]
    public void A_file_of_garbage_or_of_another_model_is_started_afresh(string content)
    {
        if (content == "garbage")
        {
            File.WriteAllBytes(FilePath, Enumerable.Range(0, 5_000).Select(i => (byte)(i * 37)).ToArray());
        }
        else
        {
            using var other = new EmbeddingCache(FilePath, "another model", ValueLength);
            other.Add(EmbeddingCache.KeyOf("one"), Value(1));
        }

        using (var cache = Open())
        {
            Assert.Equal(0, cache.Count);
            cache.Add(EmbeddingCache.KeyOf("one"), Value(9));
        }

        using var reopened = Open();
        Assert.True(reopened.TryGet(EmbeddingCache.KeyOf("one"), out var one));
        Assert.Equal(Value(9), one);
    }

    [Fact]
    public void A_file_another_owner_holds_leaves_a_cache_in_memory_that_still_works()
    {
        using var owner = Open();
        using var second = Open();

        second.Add(EmbeddingCache.KeyOf("one"), Value(1));

        Assert.False(second.IsPersistent);
        Assert.True(second.TryGet(EmbeddingCache.KeyOf("one"), out _));
        Assert.False(owner.TryGet(EmbeddingCache.KeyOf("one"), out _));
    }

    [Fact]
    public void Threads_adding_and_reading_at_once_lose_nothing()
    {
        using (var cache = Open())
        {
            Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            {
                cache.Add(EmbeddingCache.KeyOf($"text {i % 300}"), Value(i % 300));
                Assert.True(cache.TryGet(EmbeddingCache.KeyOf($"text {i % 300}"), out _));
            });
            Assert.Equal(300, cache.Count);
        }

        using var reopened = Open();
        Assert.Equal(0, reopened.DamagedRecords);
        Assert.Equal(300, reopened.Count);
        for (var i = 0; i < 300; i++)
        {
            Assert.True(reopened.TryGet(EmbeddingCache.KeyOf($"text {i}"), out var value));
            Assert.Equal(Value(i), value);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private EmbeddingCache Open() => new(FilePath, "test model", ValueLength);

    private static byte[] Value(int seed) => Enumerable.Range(0, ValueLength).Select(i => (byte)(seed * 7 + i)).ToArray();
}
