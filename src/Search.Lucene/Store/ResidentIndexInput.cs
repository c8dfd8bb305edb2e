using Lucene.Net.Store;

namespace Search.Lucene.Store;

/// <summary>
/// An index file (or a compound file's slice) held whole in a byte array: every read is an array copy,
/// with no system call and no second buffer. Clones share the array; the array goes with the last of them.
/// </summary>
public sealed class ResidentIndexInput : IndexInput
{
    private readonly byte[] _bytes;
    private int _position;

    // Called once when the original (never a clone: Lucene does not close clones) is closed, to give back its budget.
    private Action? _released;

    public ResidentIndexInput(string description, byte[] bytes, Action? released = null)
        : base(description)
    {
        _bytes = bytes;
        _released = released;
    }

    public override long Length => _bytes.Length;

    public override long Position => _position;

    public override byte ReadByte()
    {
        if ((uint)_position >= (uint)_bytes.Length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        return _bytes[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        if (len > _bytes.Length - _position)
        {
            throw new EndOfStreamException($"read past EOF: {this} (position {_position}, {len} bytes wanted, length {_bytes.Length})");
        }

        Buffer.BlockCopy(_bytes, _position, b, offset, len);
        _position += len;
    }

    public override short ReadInt16()
    {
        var b1 = ReadByte();
        return (short)((b1 << 8) | ReadByte());
    }

    public override int ReadInt32()
    {
        if (_bytes.Length - _position < 4)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        var value = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(_bytes.AsSpan(_position, 4));
        _position += 4;
        return value;
    }

    public override long ReadInt64()
    {
        if (_bytes.Length - _position < 8)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        var value = System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(_bytes.AsSpan(_position, 8));
        _position += 8;
        return value;
    }

    public override int ReadVInt32()
    {
        var bytes = _bytes;
        var position = _position;
        if (bytes.Length - position >= 5)
        {
            int b = bytes[position++];
            var value = b & 0x7F;
            for (var shift = 7; b >= 0x80 && shift <= 28; shift += 7)
            {
                b = bytes[position++];
                value |= (b & 0x7F) << shift;
            }

            if (b >= 0x80)
            {
                throw new IOException($"Invalid vInt detected (too many bits): {this}");
            }

            _position = position;
            return value;
        }

        return base.ReadVInt32();
    }

    public override long ReadVInt64()
    {
        var bytes = _bytes;
        var position = _position;
        if (bytes.Length - position >= 9)
        {
            long b = bytes[position++];
            var value = b & 0x7F;
            for (var shift = 7; b >= 0x80 && shift <= 56; shift += 7)
            {
                b = bytes[position++];
                value |= (b & 0x7F) << shift;
            }

            if (b >= 0x80)
            {
                throw new IOException($"Invalid vLong detected (negative values disallowed): {this}");
            }

            _position = position;
            return value;
        }

        return base.ReadVInt64();
    }

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _bytes.Length)
        {
            throw new EndOfStreamException($"seek past EOF: {this} (to {pos}, length {_bytes.Length})");
        }

        _position = (int)pos;
    }

    public override object Clone()
    {
        var clone = (ResidentIndexInput)MemberwiseClone();
        clone._released = null;
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Interlocked.Exchange(ref _released, null)?.Invoke();
        }
    }
}
