using Lucene.Net.Store;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

public sealed class PositionalReadDirectoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "search-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Reads_back_what_was_written_from_any_position_and_from_clones()
    {
        using var directory = new PositionalReadDirectory(new DirectoryInfo(_folder));
        var bytes = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7)).ToArray();
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            output.WriteBytes(bytes, bytes.Length);
            output.WriteInt64(long.MaxValue - 5);
        }

        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        Assert.Equal(bytes.Length + 8, input.Length);
        input.Seek(bytes.Length);
        Assert.Equal(long.MaxValue - 5, input.ReadInt64());

        input.Seek(12_345);
        var clone = (IndexInput)input.Clone();
        var read = new byte[20_000];
        clone.ReadBytes(read, 0, read.Length);
        Assert.Equal(bytes.AsSpan(12_345, 20_000).ToArray(), read);
        Assert.Equal(bytes[12_345], input.ReadByte()); // the clone moved on its own

        input.Seek(bytes.Length + 4);
        Assert.ThrowsAny<IOException>(() => input.ReadInt64());
    }

    [Fact]
    public void Slices_read_their_own_range_of_the_file()
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
        using var slice = slicer.OpenSlice("middle", 400, 40);

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
