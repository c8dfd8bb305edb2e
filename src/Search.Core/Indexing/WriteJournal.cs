using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>
/// The durable log of API writes (<c>api-writes.jsonl</c> beside the index generations). Every put and
/// delete is appended and flushed to disk before it is applied, and every index build replays the log
/// on top of the corpus, so an API write survives restarts, crashes and rebuilds. A line torn by a
/// crash mid-append is cut off when the journal is next opened.
/// </summary>
public sealed class WriteJournal
{
    private readonly string _path;
    private readonly ILogger _logger;
    private readonly object _gate = new();

    public WriteJournal(string folder, ILogger logger)
    {
        Directory.CreateDirectory(folder);
        _path = Path.Combine(folder, "api-writes.jsonl");
        _logger = logger;
        TrimTornTail();
    }

    /// <summary>Bytes of complete entries: the position up to which a commit has applied the journal.</summary>
    public long Length
    {
        get
        {
            lock (_gate)
            {
                return File.Exists(_path) ? new FileInfo(_path).Length : 0;
            }
        }
    }

    /// <summary>Appends and fsyncs one entry; returns the journal length after it.</summary>
    public long Append(JournalEntry entry)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(entry, ArticleJson.Options);
        lock (_gate)
        {
            using var stream = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);
            stream.Write(line);
            stream.WriteByte((byte)'\n');
            stream.Flush(flushToDisk: true);
            return stream.Position;
        }
    }

    /// <summary>Entries from byte <paramref name="offset"/> up to <paramref name="end"/> (null: the current end), in order.</summary>
    public IReadOnlyList<JournalEntry> Read(long offset, long? end = null)
    {
        var entries = new List<JournalEntry>();
        if (!File.Exists(_path))
        {
            return entries;
        }

        lock (_gate)
        {
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var stop = Math.Min(end ?? stream.Length, stream.Length);
            if (offset >= stop)
            {
                return entries;
            }

            stream.Position = offset;
            var buffer = new byte[stop - offset];
            stream.ReadExactly(buffer);
            foreach (var line in Encoding.UTF8.GetString(buffer).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                try
                {
                    if (JsonSerializer.Deserialize<JournalEntry>(line, ArticleJson.Options) is { Id.Length: > 0 } entry)
                    {
                        entries.Add(entry);
                    }
                }
                catch (JsonException ex)
                {
                    _logger.LogWarning("Skipped an unreadable API journal entry: {Reason}", ex.Message);
                }
            }
        }

        return entries;
    }

    private void TrimTornTail()
    {
        if (!File.Exists(_path))
        {
            return;
        }

        using var stream = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var length = stream.Length;
        var keep = length;
        while (keep > 0)
        {
            stream.Position = keep - 1;
            if (stream.ReadByte() == '\n')
            {
                break;
            }

            keep--;
        }

        if (keep < length)
        {
            _logger.LogWarning("Cut a torn API journal entry of {Bytes} bytes (a crash during a write)", length - keep);
            stream.SetLength(keep);
            stream.Flush(flushToDisk: true);
        }
    }
}
