using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Indexing;
using Search.Core.Tests.Support;
using Search.Synthetic;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// The fast whole-file check agrees with Lucene's own (<see cref="CodecUtil.ChecksumEntireFile"/>) on every file an index
/// commit holds: both pass an intact file, both fail one with a flipped byte, and a file with no footer is left to Lucene.
/// </summary>
public sealed class FooterChecksumTests : IDisposable
{
    private readonly TempIndex _index = new(new NewsroomGenerator(3).Generate(400));
    private readonly string _copy = System.IO.Directory.CreateTempSubdirectory("footer-checksum").FullName;

    [Fact]
    public void Every_file_of_a_commit_has_a_footer_and_passes_as_Lucene_passes_it()
    {
        var files = CommitFiles();
        Assert.Contains(files, f => f.StartsWith("segments_", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var path = Path.Combine(Generation(), file);
            Assert.True(FooterChecksum.Verify(path), $"{file} has no codec footer");
            Assert.Equal(LuceneChecksum(Generation(), file), FooterChecksumOf(path));
        }
    }

    [Fact]
    public void A_flipped_byte_anywhere_fails_both_checks()
    {
        var random = new Random(9);
        var flipped = 0;
        foreach (var file in CommitFiles())
        {
            var source = Path.Combine(Generation(), file);
            var length = new FileInfo(source).Length;
            // The body, the footer's magic and its checksum.
            foreach (var at in new[] { random.NextInt64(0, length - 16), length - 16, length - 1 })
            {
                var target = Path.Combine(_copy, file);
                File.Copy(source, target, overwrite: true);
                var bytes = File.ReadAllBytes(target);
                bytes[at] ^= 0x10;
                File.WriteAllBytes(target, bytes);

                if (at == length - 16)
                {
                    // A broken magic number reads as no footer: Lucene's check then fails on it.
                    Assert.False(FooterChecksum.Verify(target));
                }
                else
                {
                    Assert.Throws<CorruptIndexException>(() => FooterChecksum.Verify(target));
                }

                Assert.ThrowsAny<IOException>(() => LuceneChecksum(_copy, file));
                flipped++;
            }
        }

        Assert.True(flipped >= 12, $"only {flipped} files checked");
    }

    [Fact]
    public void A_file_without_a_footer_is_left_to_Lucene()
    {
        var path = Path.Combine(_copy, "plain.bin");
        File.WriteAllBytes(path, Enumerable.Range(0, 100).Select(i => (byte)i).ToArray());
        Assert.False(FooterChecksum.Verify(path));
        File.WriteAllBytes(path, [1, 2, 3]);
        Assert.False(FooterChecksum.Verify(path));
    }

    private string Generation() => System.IO.Directory.GetDirectories(_index.Folder, "gen-*").Single();

    private IReadOnlyList<string> CommitFiles()
    {
        using var directory = FSDirectory.Open(Generation());
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.FileNames.ToArray();
    }

    private static long LuceneChecksum(string folder, string file)
    {
        using var directory = FSDirectory.Open(folder);
        using var input = directory.OpenInput(file, IOContext.READ_ONCE);
        return CodecUtil.ChecksumEntireFile(input);
    }

    private static long FooterChecksumOf(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(bytes.Length - 8));
    }

    public void Dispose()
    {
        _index.Dispose();
        System.IO.Directory.Delete(_copy, recursive: true);
    }
}
