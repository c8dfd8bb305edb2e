using Lucene.Net.Store;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

public sealed class PositionalReadDirectoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "search-tests", Guid.NewGuid().ToString("N"));

    // Term dictionaries (.tim) are held in memory whole, other files read on demand: both must read alike.
    [Theory]
    [InlineData("data.bin", "PositionalInput")]
    [InlineData("_0_Lucene41_0.tim", "ResidentIndexInput")]
    public void Reads_back_what_was_written_from_any_position_and_from_clones(string name, string kind)
    {
        using var directory = new PositionalReadDirectory(new DirectoryInfo(_folder));
        var bytes = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7)).ToArray();
        long[] numbers = [0, 1, 127, 128, 16_383, 16_384, int.MaxValue, long.MaxValue / 3];
        using (var output = directory.CreateOutput(name, IOContext.DEFAULT))
        {
            output.WriteBytes(bytes, bytes.Length);
            foreach (var n in numbers)
            {
                output.WriteVInt64(n);
                output.WriteVInt32((int)Math.Min(n, int.MaxValue));
                output.WriteInt32((int)n);
                output.WriteInt16((short)n);
            }

            output.WriteInt64(long.MaxValue - 5);
        }

        using var input = directory.OpenInput(name, IOContext.DEFAULT);
        Assert.Equal(kind, input.GetType().Name);
        input.Seek(bytes.Length);
        foreach (var n in numbers)
        {
            Assert.Equal(n, input.ReadVInt64());
            Assert.Equal((int)Math.Min(n, int.MaxValue), input.ReadVInt32());
            Assert.Equal((int)n, input.ReadInt32());
            Assert.Equal((short)n, input.ReadInt16());
        }

        Assert.Equal(input.Position + 8, input.Length);
        Assert.Equal(long.MaxValue - 5, input.ReadInt64());

        input.Seek(12_345);
        var clone = (IndexInput)input.Clone();
        var read = new byte[20_000];
        clone.ReadBytes(read, 0, read.Length);
        Assert.Equal(bytes.AsSpan(12_345, 20_000).ToArray(), read);
        Assert.Equal(bytes[12_345], input.ReadByte()); // the clone moved on its own

        input.Seek(input.Length - 4);
        Assert.ThrowsAny<IOException>(() => input.ReadInt64());
        input.Seek(input.Length - 1);
        Assert.ThrowsAny<IOException>(() => input.ReadVInt32());
    }

    [Theory]
    [InlineData("middle")]
    [InlineData("_1_Lucene41_0.tim")]
    public void Slices_read_their_own_range_of_the_file(string sliceName)
    {
        using var directory = new PositionalReadDirectory(new DirectoryInfo(_folder));
        using (var output = directory.CreateOutput("compound.bin", IOContext.DEFAULT))
        {
            for (var i = 0; i < 1_000; i++)
            {
                output.WriteInt32(i);
            }
        }

        using var slicer = directory.CreateSlicer("compound.bin", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice(sliceName, 400, 40);

        Assert.Equal(40, slice.Length);
        Assert.Equal(100, slice.ReadInt32());
        slice.Seek(36);
        Assert.Equal(109, slice.ReadInt32());
        Assert.ThrowsAny<IOException>(() => slice.ReadInt32());
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
