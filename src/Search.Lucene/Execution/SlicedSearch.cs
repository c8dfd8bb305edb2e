using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Lucene.Execution;

/// <summary>
/// Runs one query over a large index on more than one core: the segments are split into contiguous
/// slices of about equal size, each slice gets its own collector, and the caller merges them.
/// <para>
/// The calling thread works through the slices itself; the thread pool is only offered the others.
/// A slice nobody has started when the caller gets to it is run by the caller, so a busy pool costs
/// nothing beyond one queued item, and the caller never blocks on work that has not started (no
/// thread-pool starvation). Under load (more queries searching than cores to share) a query is not
/// handed out at all: splitting helps one query's latency, never the throughput.
/// </para>
/// Only searchers made by <see cref="SlicingSearcher"/> are split; small indexes, one-segment indexes
/// and one-core machines run as a single slice, in the caller.
/// </summary>
public static class SlicedSearch
{
    /// <summary>Runs <paramref name="query"/> with one new collector per slice; the collectors come back in document order.</summary>
    /// <param name="split">False runs every segment in the caller, as one slice: for queries too cheap to be worth a second thread.</param>
    public static T[] Run<T>(IndexSearcher searcher, Query query, Func<T> newCollector, bool split = true)
        where T : ICollector
    {
        var slicing = split ? searcher as SlicingSearcher : null;
        var slices = slicing?.Slices ?? [searcher.IndexReader.Leaves.ToArray()];
        var weight = searcher.CreateNormalizedWeight(query);
        var collectors = new T[slices.Length];
        for (var i = 0; i < slices.Length; i++)
        {
            collectors[i] = newCollector();
        }

        var running = Interlocked.Increment(ref _running);
        try
        {
            // Spare cores only: when other queries are already searching, the slices would just queue
            // behind them and a query would wait for its slowest slice. The caller then runs every slice
            // itself, into the same collectors, so the answer is the same either way.
            if (slices.Length == 1 || (slicing!.Options.SpareCoresOnly && (long)running * slices.Length > Environment.ProcessorCount))
            {
                for (var i = 0; i < slices.Length; i++)
                {
                    SearchSlice(slices[i], weight, collectors[i]);
                }

                return collectors;
            }

            var work = new SliceWork<T>(slices, weight, collectors);
            for (var i = 1; i < slices.Length; i++)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static w => w.Help(), work, preferLocal: false);
            }

            work.Help();
            work.WaitForAll();
            return collectors;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    // Queries searching right now, in this process.
    private static int _running;

    /// <summary>The best <paramref name="count"/> hits by score, as <see cref="IndexSearcher.Search(Query, int)"/> gives them.</summary>
    public static TopDocs Top(IndexSearcher searcher, Query query, int count, bool split = true)
    {
        count = Math.Max(1, Math.Min(count, Math.Max(1, searcher.IndexReader.MaxDoc)));
        var collectors = Run(searcher, query, () => TopScoreDocCollector.Create(count, docsScoredInOrder: false), split);
        return Merge(null, count, collectors);
    }

    /// <summary>
    /// The slices' best <paramref name="count"/> hits in one list. Ties go to the earlier slice, and
    /// within a slice to the earlier document: the same order one collector over all segments gives.
    /// </summary>
    public static TopDocs Merge<T>(Sort? sort, int count, T[] collectors)
        where T : ITopDocsCollector
    {
        if (collectors.Length == 1)
        {
            return collectors[0].GetTopDocs(0, count);
        }

        // Merge adds up the slices' total hits too.
        return global::Lucene.Net.Search.TopDocs.Merge(sort, count, collectors.Select(c => c.GetTopDocs(0, count)).ToArray());
    }

    private static void SearchSlice(AtomicReaderContext[] leaves, Weight weight, ICollector collector)
    {
        foreach (var leaf in leaves)
        {
            collector.SetNextReader(leaf);
            var scorer = weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            try
            {
                scorer.Score(collector);
            }
            catch (CollectionTerminatedException)
            {
                // The collector has what it needs from this segment.
            }
        }
    }

    private sealed class SliceWork<T>(AtomicReaderContext[][] slices, Weight weight, T[] collectors)
        where T : ICollector
    {
        private readonly ManualResetEventSlim _allDone = new(false);
        private int _next = -1;
        private int _finished;
        private ExceptionDispatchInfo? _error;

        /// <summary>Claims and runs slices until none is left unclaimed.</summary>
        public void Help()
        {
            int slice;
            while ((slice = Interlocked.Increment(ref _next)) < slices.Length)
            {
                try
                {
                    SearchSlice(slices[slice], weight, collectors[slice]);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref _error, ExceptionDispatchInfo.Capture(e), null);
                }

                if (Interlocked.Increment(ref _finished) == slices.Length)
                {
                    _allDone.Set();
                }
            }
        }

        /// <summary>Waits for slices other threads started (every slice is claimed by now), then rethrows the first failure.</summary>
        public void WaitForAll()
        {
            // Not disposed: the thread that set it may still be inside Set when this wakes (it holds no kernel handle).
            _allDone.Wait();
            _error?.Throw();
        }
    }
}
