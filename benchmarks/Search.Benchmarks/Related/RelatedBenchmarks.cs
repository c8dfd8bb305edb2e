using BenchmarkDotNet.Attributes;
using Search.Benchmarks.Corpus;

namespace Search.Benchmarks.Related;

/// <summary>
/// "More from" for one article per operation, rotating through 1,000 seeded articles: our
/// <c>RelatedFinder</c> (never served from its cache) against Lucene's MoreLikeThis on the same index.
/// </summary>
[MemoryDiagnoser]
public class RelatedBenchmarks
{
    private BenchIndex _index = null!;
    private OurRelated _ours = null!;
    private MoreLikeThisRunner _raw = null!;

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes() => BenchSettings.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        _index = CorpusCache.OpenIndex(Size);
        var ids = RelatedSample.Ids(Size);
        _ours = new OurRelated(_index, ids);
        _raw = new MoreLikeThisRunner(_index, ids);
        // Both must find something, or the case measures an empty answer.
        if (_ours.Next() == 0 || _raw.Next() == 0)
        {
            throw new InvalidOperationException($"Related found nothing for {ids[0]} in the {Size:N0}-article index.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark(Baseline = true)]
    public long RawMoreLikeThis() => _raw.Next();

    [Benchmark]
    public long OursRelated() => _ours.Next();
}
