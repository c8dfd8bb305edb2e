using Search.Benchmarks.Corpus;
using Search.Core.Schema;
using Search.Evaluation.Baselines;

namespace Search.Benchmarks.Related;

/// <summary>
/// The evaluations' MoreLikeThis baseline (<see cref="MoreLikeThisBaseline"/>) run for the sample articles in
/// turn on the raw searcher, top 5 with ids: the related benchmarks' raw Lucene.Net side.
/// </summary>
public sealed class MoreLikeThisRunner
{
    private readonly MoreLikeThisBaseline _baseline;
    private readonly string[] _ids;
    private int _next;

    public MoreLikeThisRunner(BenchIndex index, string[] ids)
    {
        _baseline = new MoreLikeThisBaseline(index.RawSearcher, AnalyzerFactory.CreateIndexAnalyzer());
        _ids = ids;
    }

    /// <summary>Similar articles for the next sample article; returns how many and the length of their ids.</summary>
    public long Next()
    {
        var id = _ids[_next];
        _next = (_next + 1) % _ids.Length;
        long sum = 0;
        foreach (var similar in Similar(id))
        {
            sum += 1 + similar.Length;
        }

        return sum;
    }

    /// <summary>The ids of the five articles MoreLikeThis finds for <paramref name="id"/>, best first.</summary>
    public IReadOnlyList<string> Similar(string id) => _baseline.Find(id, 5);
}
