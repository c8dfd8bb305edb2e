using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Search.Benchmarks.Corpus;

namespace Search.Benchmarks.Searching;

/// <summary>
/// The query mix through our search service against the raw Lucene query on the same index, per
/// query class and for the whole mix. Times are per query; the ratio is ours / raw within a class.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SearchBenchmarks
{
    private BenchIndex _index = null!;
    private OurSearch _ours = null!;
    private RawSearch _raw = null!;
    private readonly Dictionary<QueryClass, MixQuery[]> _byClass = [];

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes() => BenchSettings.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        _index = CorpusCache.OpenIndex(Size);
        _ours = new OurSearch(_index);
        _raw = new RawSearch(_index);
        foreach (var queryClass in Enum.GetValues<QueryClass>())
        {
            _byClass[queryClass] = QueryMix.Of(queryClass).ToArray();
            if (_byClass[queryClass].Length != QueryMix.PerClass)
            {
                throw new InvalidOperationException($"{queryClass} has {_byClass[queryClass].Length} queries, not {QueryMix.PerClass}.");
            }
        }

        // A query that finds nothing measures nothing: fail the case (an NA row) rather than report it.
        foreach (var query in QueryMix.All)
        {
            if (_ours.Total(query) == 0 || _raw.Run(query) == 0)
            {
                throw new InvalidOperationException($"The query {query} finds nothing in the {Size:N0}-article index.");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("OneTerm")]
    public long RawOneTerm() => RunRaw(QueryClass.OneTerm);

    [Benchmark(OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("OneTerm")]
    public long OursOneTerm() => RunOurs(QueryClass.OneTerm);

    [Benchmark(Baseline = true, OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("TwoTerms")]
    public long RawTwoTerms() => RunRaw(QueryClass.TwoTerms);

    [Benchmark(OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("TwoTerms")]
    public long OursTwoTerms() => RunOurs(QueryClass.TwoTerms);

    [Benchmark(Baseline = true, OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("Phrase")]
    public long RawPhrase() => RunRaw(QueryClass.Phrase);

    [Benchmark(OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("Phrase")]
    public long OursPhrase() => RunOurs(QueryClass.Phrase);

    [Benchmark(Baseline = true, OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("Filtered")]
    public long RawFiltered() => RunRaw(QueryClass.Filtered);

    [Benchmark(OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("Filtered")]
    public long OursFiltered() => RunOurs(QueryClass.Filtered);

    [Benchmark(Baseline = true, OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("Faceted")]
    public long RawFaceted() => RunRaw(QueryClass.Faceted);

    [Benchmark(OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("Faceted")]
    public long OursFaceted() => RunOurs(QueryClass.Faceted);

    [Benchmark(Baseline = true, OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("Misspelled")]
    public long RawMisspelled() => RunRaw(QueryClass.Misspelled);

    [Benchmark(OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("Misspelled")]
    public long OursMisspelled() => RunOurs(QueryClass.Misspelled);

    [Benchmark(Baseline = true, OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("Newest")]
    public long RawNewest() => RunRaw(QueryClass.Newest);

    [Benchmark(OperationsPerInvoke = QueryMix.PerClass), BenchmarkCategory("Newest")]
    public long OursNewest() => RunOurs(QueryClass.Newest);

    [Benchmark(Baseline = true, OperationsPerInvoke = QueryMix.Total), BenchmarkCategory("Mix")]
    public long RawMix()
    {
        long sum = 0;
        foreach (var query in QueryMix.All)
        {
            sum += _raw.Run(query);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = QueryMix.Total), BenchmarkCategory("Mix")]
    public long OursMix()
    {
        long sum = 0;
        foreach (var query in QueryMix.All)
        {
            sum += _ours.Run(query);
        }

        return sum;
    }

    private long RunRaw(QueryClass queryClass)
    {
        long sum = 0;
        foreach (var query in _byClass[queryClass])
        {
            sum += _raw.Run(query);
        }

        return sum;
    }

    private long RunOurs(QueryClass queryClass)
    {
        long sum = 0;
        foreach (var query in _byClass[queryClass])
        {
            sum += _ours.Run(query);
        }

        return sum;
    }
}
