using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Search.Lucene.Store;

/// <summary>
/// An <see cref="FSDirectory"/> whose inputs read with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>,
/// pread on Linux) on one shared file handle: any number of threads read one file with no lock, no
/// seek and no second buffer. Lucene.Net 4.8's <see cref="NIOFSDirectory"/> goes through a
/// <see cref="FileStream"/> (its own buffer, a seek per read) and <see cref="MMapDirectory"/> showed
/// growing GC pauses over long query runs (apache/lucenenet#1151); benchmarks/RESULTS.md, "Directory choice", has the measurements.
/// Writing is <see cref="FSDirectory"/>'s own.
/// </summary>
/// <param name="residentPostingsBytes">
/// How many bytes of postings (.doc files) and doc values (.dvd) may be held in memory at once (the engine's
/// <c>Search:Index:ResidentPostingsMb</c>); a segment opened past it reads them on demand. 0 holds none.
/// </param>
public sealed class PositionalReadDirectory(DirectoryInfo path, long residentPostingsBytes = 0) : FSDirectory(path, null)
{
    private long _residentPostings;

    /// <summary>Postings and doc values bytes held in memory now, by segments still open.</summary>
    public long ResidentPostingsBytes => Interlocked.Read(ref _residentPostings);

    /// <summary>
    /// Bytes fetched per read. Stored articles are LZ4 chunks of 16 KB and more, so Lucene's 1 KB default
    /// means a dozen reads per hit; 8 KB costs a single page-cache copy more per postings seek.
    /// </summary>
    private const int ReadBufferSize = 8 * 1024;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var handle = OpenHandle(file);
        try
        {
            var length = RandomAccess.GetLength(handle);
            // A merge reads each file once, front to back: no reason to hold it.
            if (length <= MaxResidentBytes && context.Context != IOContext.UsageContext.MERGE)
            {
                if (IsResident(name))
                {
                    using (handle)
                    {
                        return new ResidentIndexInput($"ResidentIndexInput(path=\"{file}\")", ReadAll(handle, 0, length));
                    }
                }

                if (IsBudgeted(name) && TryReserve(length))
                {
                    using (handle)
                    {
                        return Resident($"ResidentIndexInput(path=\"{file}\")", handle, 0, length);
                    }
                }
            }

            return new PositionalInput($"PositionalInput(path=\"{file}\")", handle, 0, length, ownsHandle: true);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        return new Slicer(this, file, OpenHandle(file));
    }

    /// <summary>
    /// Term dictionaries are read whole into memory when a segment opens: looking up a term is a seek
    /// into a block and a short read, and through positional reads every one of them cost a system call
    /// and an 8 KB copy. Related lists look up a few hundred terms in every segment, so holding the dictionaries
    /// cuts their median for a few tens of MB (benchmarks/RESULTS.md, 2026-11-30 afternoon).
    /// </summary>
    private const string ResidentExtension = ".tim";

    private const long MaxResidentBytes = 1L << 30;

    private static bool IsResident(string name) => name.EndsWith(ResidentExtension, StringComparison.Ordinal);

    /// <summary>
    /// Postings (document ids and frequencies) are held in memory too while the budget allows. Through positional
    /// reads every postings enumerator a query opens takes an 8 KB buffer and a system call per block: a related
    /// list at 1M articles opens hundreds, and their buffers were most of what it allocated (benchmarks/RESULTS.md,
    /// 2026-11-30 late, item 1).
    /// Positions (.pos, phrases only) are larger and read on demand.
    /// </summary>
    private const string PostingsExtension = ".doc";

    /// <summary>
    /// Doc values (.dvd: dates, content hashes, entity weights, sentence embeddings) share the postings' budget. A related
    /// list reads each candidate's values at random, and through positional reads every one was a system call: at 1M
    /// articles holding them (378 MB) cut a related list's median by about a tenth and a thin draft's by a fifth
    /// (benchmarks/README.md, 2026-12-02).
    /// </summary>
    private const string DocValuesExtension = ".dvd";

    private static bool IsBudgeted(string name) =>
        name.EndsWith(PostingsExtension, StringComparison.Ordinal) || name.EndsWith(DocValuesExtension, StringComparison.Ordinal);

    /// <summary>Reads reserved postings or doc values whole; the reservation is given back when the input closes (or the read fails).</summary>
    private ResidentIndexInput Resident(string description, SafeFileHandle handle, long offset, long length)
    {
        try
        {
            return new ResidentIndexInput(description, ReadAll(handle, offset, length), () => Interlocked.Add(ref _residentPostings, -length));
        }
        catch
        {
            Interlocked.Add(ref _residentPostings, -length);
            throw;
        }
    }

    private bool TryReserve(long length)
    {
        while (true)
        {
            var held = Interlocked.Read(ref _residentPostings);
            if (held + length > residentPostingsBytes)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _residentPostings, held + length, held) == held)
            {
                return true;
            }
        }
    }

    private static byte[] ReadAll(SafeFileHandle handle, long offset, long length)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)length));
        ReadExactly(handle, bytes, offset, "whole file");
        return bytes;
    }

    /// <summary>Fills <paramref name="target"/> from <paramref name="at"/>: a positional read may return fewer bytes than asked.</summary>
    private static void ReadExactly(SafeFileHandle handle, Span<byte> target, long at, string what)
    {
        while (!target.IsEmpty)
        {
            var read = RandomAccess.Read(handle, target, at);
            if (read <= 0)
            {
                throw new EndOfStreamException($"read past EOF: {what} (at {at}, {target.Length} bytes left)");
            }

            at += read;
            target = target[read..];
        }
    }

    private static SafeFileHandle OpenHandle(string file) =>
        File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>Compound-file slices share the compound file's handle; the slicer owns it.</summary>
    private sealed class Slicer(PositionalReadDirectory directory, string file, SafeFileHandle handle) : IndexInputSlicer
    {
        // A slicer gets no IOContext, so a merge of compound segments reads their term dictionaries and
        // postings whole too (briefly: compound segments are the small ones).
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            var description = $"ResidentIndexInput({sliceDescription} in path=\"{file}\")";
            if (length <= MaxResidentBytes && IsResident(sliceDescription))
            {
                return new ResidentIndexInput(description, ReadAll(handle, offset, length));
            }

            if (length <= MaxResidentBytes && IsBudgeted(sliceDescription) && directory.TryReserve(length))
            {
                return directory.Resident(description, handle, offset, length);
            }

            return new PositionalInput($"PositionalInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", handle, offset, length, ownsHandle: false);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }

    private sealed class PositionalInput : BufferedIndexInput
    {
        private readonly SafeFileHandle _handle;
        private readonly long _start;
        private readonly long _length;
        private bool _ownsHandle;

        public PositionalInput(string description, SafeFileHandle handle, long start, long length, bool ownsHandle)
            : base(description, ReadBufferSize)
        {
            _handle = handle;
            _start = start;
            _length = length;
            _ownsHandle = ownsHandle;
        }

        public override long Length => _length;

        public override object Clone()
        {
            var clone = (PositionalInput)base.Clone();
            clone._ownsHandle = false; // clones are never closed by Lucene; the original closes the file
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            var position = Position;
            if (position + length > _length)
            {
                throw new EndOfStreamException($"read past EOF: {this} (position {position}, length {length}, file length {_length})");
            }

            ReadExactly(_handle, b.AsSpan(offset, length), _start + position, ToString());
        }

        // Every read names its own position, so there is nothing to move.
        protected override void SeekInternal(long pos)
        {
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _ownsHandle)
            {
                _ownsHandle = false;
                _handle.Dispose();
            }
        }
    }
}
