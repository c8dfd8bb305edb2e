using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Lucene.Store;

namespace Search.Core.Tests.Store;

public sealed class PositionalReadDirectoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "search-tests", Guid.NewGuid().ToString("N"));

    // Term dictionaries (.tim) and, within the budget, postings (.doc) are held in memory whole, other files
    // read on demand: all must read alike.
    [Theory]
    [InlineData("data.bin", "PositionalInput")]
    [InlineData("_0_Lucene41_0.tim", "ResidentIndexInput")]
    [InlineData("_0_Lucene41_0.doc", "ResidentIndexInput")]
    public void Reads_back_what_was_written_from_any_position_and_from_clones(string name, string kind)
    {
        using var directory = new PositionalReadDirectory(new DirectoryInfo(_folder), residentPostingsBytes: 1 << 20);
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
    [InlineData("middle", 0)]
    [InlineData("_1_Lucene41_0.tim", 0)]
    [InlineData("_1_Lucene41_0.doc", 40)]
    [InlineData("_1_Lucene45_0.dvd", 40)]
    public void Slices_read_their_own_range_of_the_file(string sliceName, long heldPostings)
    {
        using var directory = new PositionalReadDirectory(new DirectoryInfo(_folder), residentPostingsBytes: 1 << 20);
        using (var output = directory.CreateOutput("compound.bin", IOContext.DEFAULT))
        {
            for (var i = 0; i < 1_000; i++)
            {
                output.WriteInt32(i);
            }
        }

        using var slicer = directory.CreateSlicer("compound.bin", IOContext.DEFAULT);
        using (var slice = slicer.OpenSlice(sliceName, 400, 40))
        {
            Assert.Equal(40, slice.Length);
            Assert.Equal(100, slice.ReadInt32());
            slice.Seek(36);
            Assert.Equal(109, slice.ReadInt32());
            Assert.ThrowsAny<IOException>(() => slice.ReadInt32());
            Assert.Equal(heldPostings, directory.ResidentPostingsBytes);
        }

        Assert.Equal(0, directory.ResidentPostingsBytes);
    }

    [Fact]
    public void Doc_values_share_the_budget_with_postings()
    {
        using var directory = new PositionalReadDirectory(new DirectoryInfo(_folder), residentPostingsBytes: 150_000);
        foreach (var name in new[] { "_0_Lucene41_0.doc", "_0_Lucene45_0.dvd", "_0_Lucene45_0.dvm" })
        {
            using var output = directory.CreateOutput(name, IOContext.DEFAULT);
            output.WriteBytes(new byte[100_000], 100_000);
        }

        using var values = directory.OpenInput("_0_Lucene45_0.dvd", IOContext.DEFAULT);
        using var postings = directory.OpenInput("_0_Lucene41_0.doc", IOContext.DEFAULT);
        using var metadata = directory.OpenInput("_0_Lucene45_0.dvm", IOContext.DEFAULT);

        Assert.Equal("ResidentIndexInput", values.GetType().Name);
        Assert.Equal("PositionalInput", postings.GetType().Name); // the budget was spent on the doc values
        Assert.Equal("PositionalInput", metadata.GetType().Name);
        Assert.Equal(100_000, directory.ResidentPostingsBytes);
    }

    [Fact]
    public void Postings_are_held_in_memory_while_the_budget_allows_and_give_it_back_when_closed()
    {
        using var directory = new PositionalReadDirectory(new DirectoryInfo(_folder), residentPostingsBytes: 150_000);
        foreach (var name in new[] { "_0_Lucene41_0.doc", "_1_Lucene41_0.doc" })
        {
            using var output = directory.CreateOutput(name, IOContext.DEFAULT);
            output.WriteBytes(new byte[100_000], 100_000);
        }

        var first = directory.OpenInput("_0_Lucene41_0.doc", IOContext.DEFAULT);
        Assert.Equal("ResidentIndexInput", first.GetType().Name);
        Assert.Equal(100_000, directory.ResidentPostingsBytes);

        // Over the budget: read on demand. A merge reads a file once, so never holds it.
        using (var second = directory.OpenInput("_1_Lucene41_0.doc", IOContext.DEFAULT))
        {
            Assert.Equal("PositionalInput", second.GetType().Name);
        }

        // Lucene never closes clones; closing one must not give the original's bytes back.
        ((IndexInput)first.Clone()).Dispose();
        Assert.Equal(100_000, directory.ResidentPostingsBytes);
        first.Dispose();
        first.Dispose();
        Assert.Equal(0, directory.ResidentPostingsBytes);

        using var merged = directory.OpenInput("_1_Lucene41_0.doc", new IOContext(new MergeInfo(1, 100_000, false, 1)));
        Assert.Equal("PositionalInput", merged.GetType().Name);
        using var again = directory.OpenInput("_1_Lucene41_0.doc", IOContext.DEFAULT);
        Assert.Equal("ResidentIndexInput", again.GetType().Name);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Searches_find_the_same_documents_and_scores_with_postings_in_memory_or_read_on_demand(bool compound)
    {
        WriteIndex(_folder, documents: 3_000, compound);
        using var resident = new PositionalReadDirectory(new DirectoryInfo(_folder), residentPostingsBytes: 1L << 30);
        using var onDemand = new PositionalReadDirectory(new DirectoryInfo(_folder));
        var words = Enumerable.Range(0, 40).Select(i => $"w{i}").Append("common").ToArray();
        using (var heldReader = DirectoryReader.Open(resident))
        using (var readReader = DirectoryReader.Open(onDemand))
        {
            Assert.True(heldReader.Leaves.Count > 1);
            Assert.Equal(compound, System.IO.Directory.EnumerateFiles(_folder, "*.cfs").Any());
            Assert.True(resident.ResidentPostingsBytes > 0);
            Assert.Equal(0, onDemand.ResidentPostingsBytes);
            var held = new IndexSearcher(heldReader) { Similarity = LuceneSetup.CreateSimilarity() };
            var read = new IndexSearcher(readReader) { Similarity = LuceneSetup.CreateSimilarity() };
            var queries = words.Select(w => (Query)new TermQuery(new Term("body", w))).ToList();
            var any = new BooleanQuery(disableCoord: true);
            foreach (var word in words.Take(12))
            {
                any.Add(new TermQuery(new Term("body", word)), Occur.SHOULD);
            }

            queries.Add(any);
            queries.Add(new PhraseQuery { new Term("body", "common"), new Term("body", "w3") });
            foreach (var query in queries)
            {
                var expected = read.Search(query, 3_000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToArray();
                Assert.NotEmpty(expected);
                Assert.Equal(expected, held.Search(query, 3_000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToArray());
            }
        }

        // Closing the reader closes its segments' postings, which gives the whole budget back.
        Assert.Equal(0, resident.ResidentPostingsBytes);
    }

    /// <summary>Several segments, of separate files or compound ones, words spread so postings differ in length and frequency.</summary>
    private static void WriteIndex(string folder, int documents, bool compound)
    {
        using var directory = new NIOFSDirectory(new DirectoryInfo(folder));
        var config = new IndexWriterConfig(LuceneSetup.Version, new StandardAnalyzer(LuceneSetup.Version))
        {
            Similarity = LuceneSetup.CreateSimilarity(),
            UseCompoundFile = compound,
            MaxBufferedDocs = 700,
        };
        config.MergePolicy.NoCFSRatio = compound ? 1 : 0;
        using var writer = new IndexWriter(directory, config);
        for (var i = 0; i < documents; i++)
        {
            var words = Enumerable.Range(0, 1 + i % 9).Select(k => $"w{(i * (k + 3)) % 40}").Append("common").Append($"w{i % 7}");
            writer.AddDocument([new TextField("body", string.Join(' ', words), Field.Store.NO)]);
        }

        writer.Commit();
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
