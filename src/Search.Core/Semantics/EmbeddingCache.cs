using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Win32.SafeHandles;

namespace Search.Core.Semantics;

/// <summary>
/// Stored embeddings by the hash of the text they embed, in an append-only file beside the index generations, so a
/// rebuild embeds only articles that are new or whose embedded text changed. The file starts with a header naming
/// the model and the vector length (a file of another model is started afresh), then fixed-size records: key,
/// vector, CRC-32C of both. Only keys and file offsets are held in memory (a few dozen bytes per article); vectors
/// are read back on demand. A damaged record is skipped and a torn tail cut off, never fatal: the text is simply
/// embedded again. Thread-safe; one process owns the file at a time (another gets a cache in memory only).
/// </summary>
public sealed class EmbeddingCache : IDisposable
{
    private const int KeyLength = 16;
    private const int ChecksumLength = 4;
    private const int MaxModelBytes = 256;
    private static readonly byte[] Magic = "SEMBCACH"u8.ToArray();
    private const int FormatVersion = 1;

    private readonly ConcurrentDictionary<UInt128, long> _offsets = new();
    private readonly ConcurrentDictionary<UInt128, byte[]> _memory = new();
    private readonly SafeFileHandle? _file;
    private readonly ILogger _logger;
    private readonly int _valueLength;
    private long _end;
    private int _writeFailures;
    private volatile bool _disposed;

    /// <param name="path">The cache file; null keeps the cache in memory only.</param>
    /// <param name="model">The embedding model's name (<see cref="ITextEmbedder.Model"/>): a file of another model is not reused.</param>
    /// <param name="valueLength">Bytes per stored vector, the same for every record.</param>
    public EmbeddingCache(string? path, string model, int valueLength, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(valueLength);
        _valueLength = valueLength;
        _logger = logger ?? NullLogger.Instance;
        Path = path;
        if (path is not null)
        {
            _file = Open(path, Header(model, valueLength));
        }
    }

    public string? Path { get; }

    /// <summary>Bytes of one record: key, vector, checksum.</summary>
    private int RecordLength => KeyLength + _valueLength + ChecksumLength;

    /// <summary>Vectors held.</summary>
    public int Count => _offsets.Count + _memory.Count;

    /// <summary>Records of the file that failed their checksum when it was loaded (a torn tail counts as one).</summary>
    public int DamagedRecords { get; private set; }

    /// <summary>False when the file could not be opened (held by another process, unreadable): vectors are then kept in memory only.</summary>
    public bool IsPersistent => _file is not null;

    /// <summary>The key of the text a vector embeds: its SHA-256, cut to 128 bits.</summary>
    public static UInt128 KeyOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    public bool TryGet(UInt128 key, out byte[] value)
    {
        if (_memory.TryGetValue(key, out value!))
        {
            return true;
        }

        if (_file is null || _disposed || !_offsets.TryGetValue(key, out var offset))
        {
            value = [];
            return false;
        }

        var record = new byte[RecordLength];
        try
        {
            if (RandomAccess.Read(_file, record, offset) == record.Length && IsIntact(record) && ReadKey(record) == key)
            {
                value = record[KeyLength..^ChecksumLength];
                return true;
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            _logger.LogDebug(ex, "Embedding cache read failed at {Offset}", offset);
        }

        _offsets.TryRemove(key, out _);
        value = [];
        return false;
    }

    /// <summary>Stores the vector of <paramref name="key"/>, unless one is held already.</summary>
    public void Add(UInt128 key, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length != _valueLength)
        {
            throw new ArgumentException($"A stored vector is {_valueLength} bytes; this one is {value.Length}.", nameof(value));
        }

        if (_offsets.ContainsKey(key) || _memory.ContainsKey(key) || _disposed)
        {
            return;
        }

        if (_file is null)
        {
            _memory.TryAdd(key, value);
            return;
        }

        var record = new byte[RecordLength];
        BinaryPrimitives.WriteUInt128LittleEndian(record, key);
        value.CopyTo(record, KeyLength);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(RecordLength - ChecksumLength), Checksum(record.AsSpan(0, RecordLength - ChecksumLength)));
        // Each writer reserves its own slot, so records are appended in parallel without a lock; a key two
        // threads embedded at once is written twice, which costs a record and harms nothing.
        var offset = Interlocked.Add(ref _end, RecordLength) - RecordLength;
        try
        {
            RandomAccess.Write(_file, record, offset);
            _offsets.TryAdd(key, offset);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            if (Interlocked.Increment(ref _writeFailures) == 1)
            {
                _logger.LogWarning(ex, "Could not append to the embedding cache {Path}; new vectors are kept in memory", Path);
            }

            _memory.TryAdd(key, value);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _file?.Dispose();
    }

    private SafeFileHandle? Open(string path, byte[] header)
    {
        SafeFileHandle file;
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
            // FileShare.None locks the file: a second process (or host) appending at offsets it computed alone would overwrite records.
            file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("The embedding cache {Path} could not be opened ({Reason}); embeddings are cached in memory only", path, ex.Message);
            return null;
        }

        try
        {
            _end = Load(file, header);
            return file;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("The embedding cache {Path} could not be read ({Reason}); embeddings are cached in memory only", path, ex.Message);
            file.Dispose();
            _offsets.Clear();
            return null;
        }
    }

    /// <summary>Indexes the file's intact records and returns where the next one goes; a file of another model or format starts afresh.</summary>
    private long Load(SafeFileHandle file, byte[] header)
    {
        var length = RandomAccess.GetLength(file);
        var existing = new byte[header.Length];
        if (length < header.Length || RandomAccess.Read(file, existing, 0) != header.Length || !existing.AsSpan().SequenceEqual(header))
        {
            if (length > 0)
            {
                _logger.LogInformation("The embedding cache {Path} is of another model or format, or damaged; starting it afresh", Path);
            }

            RandomAccess.SetLength(file, 0);
            RandomAccess.Write(file, header, 0);
            return header.Length;
        }

        var recordLength = RecordLength;
        var records = (length - header.Length) / recordLength;
        var buffer = new byte[recordLength * Math.Max(1, (1 << 20) / recordLength)];
        var offset = (long)header.Length;
        var damaged = 0;
        while (offset < header.Length + records * recordLength)
        {
            var read = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(buffer.Length, header.Length + records * recordLength - offset)), offset);
            if (read <= 0)
            {
                break;
            }

            for (var at = 0; at + recordLength <= read; at += recordLength, offset += recordLength)
            {
                var record = buffer.AsSpan(at, recordLength);
                if (IsIntact(record))
                {
                    _offsets[ReadKey(record)] = offset;
                }
                else
                {
                    damaged++;
                }
            }
        }

        var end = header.Length + records * recordLength;
        if (length > end)
        {
            // A record cut short by a crash: cut it off, so the next record starts on a record boundary.
            damaged++;
            RandomAccess.SetLength(file, end);
        }

        DamagedRecords = damaged;
        if (damaged > 0)
        {
            _logger.LogWarning("The embedding cache {Path} had {Damaged} damaged records; their texts will be embedded again", Path, damaged);
        }

        return end;
    }

    private static byte[] Header(string model, int valueLength)
    {
        var name = Encoding.UTF8.GetBytes(model);
        if (name.Length > MaxModelBytes)
        {
            name = name[..MaxModelBytes];
        }

        var header = new byte[Magic.Length + 12 + name.Length + ChecksumLength];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(Magic.Length), FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(Magic.Length + 4), valueLength);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(Magic.Length + 8), name.Length);
        name.CopyTo(header, Magic.Length + 12);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(header.Length - ChecksumLength), Checksum(header.AsSpan(0, header.Length - ChecksumLength)));
        return header;
    }

    private static UInt128 ReadKey(ReadOnlySpan<byte> record) => BinaryPrimitives.ReadUInt128LittleEndian(record);

    private static bool IsIntact(ReadOnlySpan<byte> record) =>
        BinaryPrimitives.ReadUInt32LittleEndian(record[^ChecksumLength..]) == Checksum(record[..^ChecksumLength]);

    /// <summary>CRC-32C with the processor's instruction where there is one (BitOperations), inverted so a zeroed record never passes.</summary>
    private static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        var crc = uint.MaxValue;
        var i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..]));
        }

        for (; i < bytes.Length; i++)
        {
            crc = BitOperations.Crc32C(crc, bytes[i]);
        }

        return ~crc;
    }
}
