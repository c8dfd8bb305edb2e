using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>
/// Checks an index file against the CRC-32 its codec footer records (magic, algorithm 0, the checksum of every byte before
/// it), as <see cref="CodecUtil.ChecksumEntireFile"/> does, but reading 1 MB at a time and hashing with the vectorised
/// <see cref="Crc32"/>: Lucene.Net's own pass reads through a 1 KB skip buffer and a table-driven CRC, which at 1M
/// articles kept a core busy for about 10 s after every start.
/// </summary>
internal static class FooterChecksum
{
    private const int FooterLength = 16;
    private const int BufferSize = 1 << 20;

    /// <summary>
    /// True when the file ends in a codec footer whose checksum matches; false when it has no footer to check (its format
    /// then has to be verified by Lucene). Throws <see cref="CorruptIndexException"/> when the footer does not match.
    /// </summary>
    public static bool Verify(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        var length = file.Length;
        if (length < FooterLength)
        {
            return false;
        }

        Span<byte> footer = stackalloc byte[FooterLength];
        file.Position = length - FooterLength;
        file.ReadExactly(footer);
        if (BinaryPrimitives.ReadInt32BigEndian(footer) != CodecUtil.FOOTER_MAGIC || BinaryPrimitives.ReadInt32BigEndian(footer[4..]) != 0)
        {
            return false;
        }

        var expected = BinaryPrimitives.ReadInt64BigEndian(footer[8..]);
        if ((expected & unchecked((long)0xFFFFFFFF00000000L)) != 0)
        {
            throw new CorruptIndexException($"Illegal CRC-32 checksum: {expected} (resource={path})");
        }

        var crc = new Crc32();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            file.Position = 0;
            var left = length - 8;
            while (left > 0)
            {
                var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read <= 0)
                {
                    throw new EndOfStreamException($"{path} ended before its footer");
                }

                crc.Append(buffer.AsSpan(0, read));
                left -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var actual = crc.GetCurrentHashAsUInt32();
        if (actual != (ulong)expected)
        {
            throw new CorruptIndexException($"checksum failed (hardware problem?) : expected={expected:x} actual={actual:x} (resource={path})");
        }

        return true;
    }
}
