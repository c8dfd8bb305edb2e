using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Search.Core.Articles;
using Search.Core.Diagnostics;
using Search.Core.Schema;

namespace Search.Core.Indexing;

/// <summary>
/// Writes a stream of articles into a fresh index: one thread reads and parses, the others extract
/// entities, analyze and add documents (IndexWriter is thread-safe). Progress (count, rate, ETA)
/// is logged every few seconds. A repeated id is applied after the parallel pass, in corpus order,
/// so the later article wins deterministically.
/// </summary>
internal sealed class IndexBuilder(ArticleDocumentBuilder documents, ILogger logger)
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);

    public int Build(IndexWriter writer, IEnumerable<Article> articles, CorpusReport report, int threads, CancellationToken cancel)
    {
        var queue = new BlockingCollection<Article>(boundedCapacity: 2048);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var replacements = new Dictionary<string, Article>(StringComparer.Ordinal);
        var added = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Math.Max(1, threads)).Select(_ => Task.Factory.StartNew(() =>
        {
            foreach (var article in queue.GetConsumingEnumerable(cancel))
            {
                try
                {
                    writer.AddDocument(documents.Build(documents.Prepare(article)));
                    Interlocked.Increment(ref added);
                    EngineTelemetry.ArticlesIndexed.Add(1);
                }
                catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
                {
                    // A document Lucene refuses (e.g. an immense term) is reported like a bad line, never fatal.
                    logger.LogWarning("Skipped article {Id}: {Reason}", article.Id, ex.Message);
                }
            }
        }, cancel, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        var lastReport = TimeSpan.Zero;
        try
        {
            foreach (var article in articles)
            {
                cancel.ThrowIfCancellationRequested();
                if (seen.Add(article.Id))
                {
                    queue.Add(article, cancel);
                }
                else
                {
                    report.Duplicates++;
                    replacements[article.Id] = article;
                }

                if (clock.Elapsed - lastReport >= ProgressEvery)
                {
                    lastReport = clock.Elapsed;
                    LogProgress(Volatile.Read(ref added), report, clock.Elapsed);
                }
            }
        }
        finally
        {
            queue.CompleteAdding();
            try
            {
                Task.WaitAll(workers, CancellationToken.None);
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                // A worker's failure (a full disk during a flush, a writer Lucene closed) surfaces as itself, not wrapped,
                // so callers see the IOException they handle whichever thread met it first.
                ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            }
        }

        foreach (var article in replacements.Values)
        {
            writer.UpdateDocument(new Term(ArticleFields.Id, article.Id), documents.Build(documents.Prepare(article)));
        }

        logger.LogInformation(
            "Indexed {Articles} articles in {ElapsedMs} ms ({Rate:F0} articles/s); skipped {Skipped} bad lines, {Duplicates} repeated ids replaced, {FailedFiles} unreadable files",
            added, clock.ElapsedMilliseconds, added / Math.Max(0.001, clock.Elapsed.TotalSeconds), report.Skipped, report.Duplicates, report.FailedFiles);
        return added;
    }

    private void LogProgress(int added, CorpusReport report, TimeSpan elapsed)
    {
        var rate = added / Math.Max(0.001, elapsed.TotalSeconds);
        var fraction = report.BytesTotal > 0 ? (double)report.BytesRead / report.BytesTotal : 0;
        var eta = fraction > 0.01 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - fraction) / fraction) : (TimeSpan?)null;
        logger.LogInformation(
            "Indexing: {Articles} articles, {Rate:F0} articles/s, {Percent:F1}% of corpus bytes, ETA {Eta}",
            added, rate, fraction * 100, eta?.ToString(@"hh\:mm\:ss") ?? "unknown");
    }
}
