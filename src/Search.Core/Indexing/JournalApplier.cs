using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Search.Core.Schema;

namespace Search.Core.Indexing;

/// <summary>
/// Applies journal entries to a generation's writer. An entry that cannot be applied (it fails validation, or
/// Lucene refuses its document) is kept aside in the journal's quarantine and the rest go on: one poisoned
/// write must never stop a build or a restart.
/// </summary>
internal sealed class JournalApplier(WriteJournal journal, ArticleDocumentBuilder documents, ILogger logger)
{
    /// <summary>Applies the entries from <paramref name="offset"/> (to <paramref name="end"/>, or the journal's end); returns the position reached.</summary>
    public long Replay(IndexGeneration generation, long offset, long? end)
    {
        long ignored = 0;
        return Replay(generation, offset, end, ref ignored);
    }

    /// <summary>
    /// As <see cref="Replay(IndexGeneration, long, long?)"/>, raising <paramref name="sequence"/> to the highest stream
    /// sequence among the entries read (a replica's journal holds the stream writes it applied, each with its sequence).
    /// </summary>
    public long Replay(IndexGeneration generation, long offset, long? end, ref long sequence)
    {
        var stop = end ?? journal.Length;
        var records = journal.Read(offset, stop);
        var applied = 0;
        foreach (var record in records)
        {
            sequence = Math.Max(sequence, record.Entry.Sequence ?? 0);
            if (Invalid(record.Entry) is { } problem)
            {
                journal.Quarantine(record, problem);
                continue;
            }

            try
            {
                Apply(generation.Writer, record.Entry);
                applied++;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or NullReferenceException && generation.WriterIsOpen)
            {
                journal.Quarantine(record, ex.Message);
            }
        }

        if (applied > 0)
        {
            logger.LogInformation("Applied {Count} API writes from the journal to {Generation}", applied, generation.Name);
        }

        return stop;
    }

    public void Apply(IndexWriter writer, JournalEntry entry)
    {
        var key = new Term(ArticleFields.Id, entry.Id);
        if (entry is { Op: JournalEntry.Put, Article: { } article })
        {
            writer.UpdateDocument(key, documents.Build(documents.Prepare(article with { Id = entry.Id })));
        }
        else if (entry.Op == JournalEntry.Delete)
        {
            writer.DeleteDocuments(key);
        }
    }

    /// <summary>What makes an entry impossible to index (written by an older version, or damaged in a way the checksum cannot see).</summary>
    private static string? Invalid(JournalEntry entry)
    {
        if (entry.Op != JournalEntry.Put)
        {
            return null;
        }

        // The JSON may hold nulls where the model says never: check what the document builder relies on.
        var article = entry.Article;
        return article is null ? "a put without an article"
            : string.IsNullOrWhiteSpace(article.Title) ? "the article has no title"
            : article.Body is null ? "the article has no body"
            : null;
    }
}
