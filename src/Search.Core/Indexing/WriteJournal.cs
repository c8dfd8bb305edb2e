using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>
/// The durable log of API writes (<c>api-writes.journal</c> beside the index generations). Every put and delete is
/// appended as one record (magic, length, CRC-32, JSON) and flushed to disk before it is applied, and every index
/// build replays the log on top of the corpus, so an API write survives restarts, crashes and rebuilds.
/// On open the log is checked record by record: a torn tail (a crash mid-append) is cut back to the last whole
/// record, and a damaged record in the middle is kept aside in the quarantine folder and reported, never silently
/// dropped. An append that fails (a full disk) leaves no partial record behind for the next one to land on.
/// </summary>
public sealed class WriteJournal
{
    public const string FileName = "api-writes.journal";
    public const string QuarantineFolderName = "quarantine";

    /// <summary>No article comes near this (bodies are bounded at the edge); a larger length field is damage.</summary>
    public const int MaxRecordBytes = 64 << 20;

    private const string LegacyFileName = "api-writes.jsonl";
    private const uint Magic = 0x4C4E524A; // "JRNL" read little-endian
    private const int HeaderBytes = 12;

    private readonly string _path;
    private readonly string _quarantine;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private readonly List<(long Start, long End)> _damaged = [];
    private long _length;
    private int _quarantined;

    public WriteJournal(string folder, ILogger logger)
    {
        Directory.CreateDirectory(folder);
        _path = Path.Combine(folder, FileName);
        _quarantine = Path.Combine(folder, QuarantineFolderName);
        _logger = logger;
        MigrateLegacy(Path.Combine(folder, LegacyFileName));
        Scan();
    }

    /// <summary>Bytes of whole records: the position up to which a commit has applied the journal.</summary>
    public long Length
    {
        get
        {
            lock (_gate)
            {
                return _length;
            }
        }
    }

    /// <summary>Damaged records found in the middle of the log and kept aside (each reported when found).</summary>
    public int DamagedRecords
    {
        get
        {
            lock (_gate)
            {
                return _damaged.Count;
            }
        }
    }

    /// <summary>Records and entries kept aside in the quarantine folder since this journal was opened.</summary>
    public int Quarantined => Volatile.Read(ref _quarantined);

    /// <summary>Appends and fsyncs one entry; returns the journal length after it. Throws <see cref="JournalWriteException"/> when the disk refuses it.</summary>
    public long Append(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return AppendAll([entry]);
    }

    /// <summary>
    /// Appends several entries with one fsync (a replica catching up on the stream); all or none of them are kept.
    /// Returns the journal length after them. Throws <see cref="JournalWriteException"/> when the disk refuses them.
    /// </summary>
    public long AppendAll(IReadOnlyList<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var buffer = new MemoryStream();
        var header = new byte[HeaderBytes];
        foreach (var entry in entries)
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(entry, ArticleJson.Options);
            if (payload.Length > MaxRecordBytes)
            {
                throw new ArgumentException($"A journal entry may be at most {MaxRecordBytes} bytes.", nameof(entries));
            }

            BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), payload.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), Crc32.HashToUInt32(payload));
            buffer.Write(header);
            buffer.Write(payload);
        }

        var record = buffer.ToArray();
        lock (_gate)
        {
            try
            {
                using var stream = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
                if (stream.Length != _length)
                {
                    // What a failed append left behind: never let the next record land after it.
                    stream.SetLength(_length);
                }

                stream.Position = _length;
                stream.Write(record);
                stream.Flush(flushToDisk: true);
                _length = stream.Position;
                return _length;
            }
            catch (IOException ex)
            {
                CutBackAfterFailedAppend();
                throw new JournalWriteException(ex);
            }
        }
    }

    /// <summary>Records from byte <paramref name="offset"/> up to <paramref name="end"/> (null: the current end), in order, damaged ones left out.</summary>
    public IReadOnlyList<JournalRecord> Read(long offset, long? end = null)
    {
        var records = new List<JournalRecord>();
        lock (_gate)
        {
            var stop = Math.Min(end ?? _length, _length);
            if (offset >= stop || !File.Exists(_path))
            {
                return records;
            }

            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
            var position = offset;
            while (position < stop)
            {
                if (_damaged.FirstOrDefault(d => d.Start == position) is { End: > 0 } damage)
                {
                    position = damage.End;
                    continue;
                }

                stream.Position = position;
                if (TryReadRecord(stream, stop, out var payload) is not { } next)
                {
                    // Damaged after it was checked on open: keep it aside and carry on at the next whole record.
                    var resume = FindNextRecord(stream, position + 1, stop);
                    KeepAside(position, resume, "a record failed its checksum while being read");
                    _damaged.Add((position, resume));
                    position = resume;
                    continue;
                }

                if (Deserialize(payload, position) is { } entry)
                {
                    records.Add(new JournalRecord(position, next, entry));
                }

                position = next;
            }
        }

        return records;
    }

    /// <summary>Keeps an entry that could not be applied (it fails validation or indexing) aside, once, with the reason.</summary>
    public void Quarantine(JournalRecord record, string reason)
    {
        ArgumentNullException.ThrowIfNull(record);
        var file = Path.Combine(_quarantine, $"entry-{record.Offset}.json");
        if (File.Exists(file))
        {
            return;
        }

        _logger.LogError("Journal entry at byte {Offset} ({Op} {Id}) could not be applied and is kept aside in {File}: {Reason}", record.Offset, record.Entry.Op, record.Entry.Id, file, reason);
        TryWrite(file, JsonSerializer.SerializeToUtf8Bytes(new { reason, record.Offset, record.Entry }, ArticleJson.Options));
    }

    private void Scan()
    {
        if (!File.Exists(_path))
        {
            _length = 0;
            return;
        }

        using var stream = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        var length = stream.Length;
        long position = 0;
        while (position < length)
        {
            stream.Position = position;
            if (TryReadRecord(stream, length, out _) is { } next)
            {
                position = next;
                continue;
            }

            var resume = FindNextRecord(stream, position + 1, length);
            if (resume >= length)
            {
                // Nothing whole after it: the tail of a crash mid-append (never acknowledged), or a damaged last record.
                KeepAside(position, length, "the journal's tail was not a whole record");
                _logger.LogWarning("Cut {Bytes} bytes off the API journal's tail (a crash during a write, or damage); kept aside in {Folder}", length - position, _quarantine);
                stream.SetLength(position);
                stream.Flush(flushToDisk: true);
                break;
            }

            KeepAside(position, resume, "a damaged record in the middle of the journal");
            _damaged.Add((position, resume));
            position = resume;
        }

        _length = position;
    }

    /// <summary>Reads one record at the stream's position; returns the position after it, or null when it is not whole and intact.</summary>
    private static long? TryReadRecord(FileStream stream, long limit, out byte[] payload)
    {
        payload = [];
        var start = stream.Position;
        Span<byte> header = stackalloc byte[HeaderBytes];
        if (limit - start < HeaderBytes || stream.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false) < HeaderBytes)
        {
            return null;
        }

        var size = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic || size < 0 || size > MaxRecordBytes || start + HeaderBytes + size > limit)
        {
            return null;
        }

        payload = new byte[size];
        if (stream.ReadAtLeast(payload, size, throwOnEndOfStream: false) < size
            || Crc32.HashToUInt32(payload) != BinaryPrimitives.ReadUInt32LittleEndian(header[8..]))
        {
            return null;
        }

        return start + HeaderBytes + size;
    }

    /// <summary>The first position at or after <paramref name="from"/> where a whole, intact record starts; <paramref name="limit"/> if none.</summary>
    private static long FindNextRecord(FileStream stream, long from, long limit)
    {
        Span<byte> magic = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(magic, Magic);
        var buffer = new byte[1 << 16];
        for (var chunk = from; chunk < limit; chunk += buffer.Length - 3)
        {
            stream.Position = chunk;
            var read = stream.ReadAtLeast(buffer, (int)Math.Min(buffer.Length, limit - chunk), throwOnEndOfStream: false);
            for (var at = buffer.AsSpan(0, read).IndexOf(magic); at >= 0;)
            {
                stream.Position = chunk + at;
                if (TryReadRecord(stream, limit, out _) is not null)
                {
                    return chunk + at;
                }

                var next = buffer.AsSpan(at + 1, read - at - 1).IndexOf(magic);
                at = next < 0 ? -1 : at + 1 + next;
            }

            if (read < buffer.Length)
            {
                break;
            }
        }

        return limit;
    }

    private JournalEntry? Deserialize(byte[] payload, long offset)
    {
        try
        {
            if (JsonSerializer.Deserialize<JournalEntry>(payload, ArticleJson.Options) is { Id.Length: > 0, Op: JournalEntry.Put or JournalEntry.Delete or JournalEntry.Reindex or JournalEntry.Skip } entry)
            {
                return entry;
            }
        }
        catch (JsonException)
        {
            // Kept aside below, like an entry with no id or an unknown operation.
        }

        KeepAside(offset, offset + HeaderBytes + payload.Length, "an intact record whose entry cannot be read");
        return null;
    }

    private void KeepAside(long start, long end, string reason)
    {
        var file = Path.Combine(_quarantine, $"record-{start}-{end}.bin");
        if (File.Exists(file) || end <= start)
        {
            return;
        }

        _logger.LogError("API journal bytes {Start} to {End} are kept aside in {File}: {Reason}", start, end, file, reason);
        try
        {
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream.Position = start;
            var bytes = new byte[Math.Min(end - start, MaxRecordBytes)];
            stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            TryWrite(file, bytes);
        }
        catch (IOException ex)
        {
            _logger.LogError(ex, "Could not keep damaged journal bytes aside");
        }
    }

    private void TryWrite(string file, byte[] bytes)
    {
        try
        {
            Directory.CreateDirectory(_quarantine);
            File.WriteAllBytes(file, bytes);
            Interlocked.Increment(ref _quarantined);
        }
        catch (IOException ex)
        {
            // A full disk must not stop the service: the log line above says what was lost from view.
            _logger.LogError(ex, "Could not write {File}", file);
        }
    }

    private void CutBackAfterFailedAppend()
    {
        try
        {
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Write, FileShare.Read);
            if (stream.Length != _length)
            {
                stream.SetLength(_length);
            }
        }
        catch (IOException)
        {
            // The next append cuts it back before writing; a restart's scan does too.
        }
    }

    /// <summary>Moves a journal of the earlier line format (JSON Lines) into records, once, keeping the old file beside it.</summary>
    private void MigrateLegacy(string legacy)
    {
        if (!File.Exists(legacy) || File.Exists(_path))
        {
            return;
        }

        var entries = new List<JournalEntry>();
        var lines = File.ReadAllText(legacy).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            try
            {
                if (JsonSerializer.Deserialize<JournalEntry>(lines[i], ArticleJson.Options) is { Id.Length: > 0 } entry)
                {
                    entries.Add(entry);
                    continue;
                }
            }
            catch (JsonException)
            {
                // Kept aside below with the lines that have no id.
            }

            _logger.LogError("Line {Line} of the old API journal cannot be read (a torn tail or a bad entry); kept aside in {Folder}", i + 1, _quarantine);
            TryWrite(Path.Combine(_quarantine, $"legacy-line-{i + 1}.jsonl"), System.Text.Encoding.UTF8.GetBytes(lines[i]));
        }

        foreach (var entry in entries)
        {
            Append(entry);
        }

        File.Move(legacy, legacy + ".migrated", overwrite: true);
        _logger.LogInformation("Moved {Count} API writes from {Legacy} into {Journal}", entries.Count, legacy, _path);
    }
}
