using System.Security.Cryptography;
using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>
/// A hash of the corpus content (file names and bytes) and of the index schema version: the index
/// is rebuilt when, and only when, it changes. Content rather than timestamps, so a fresh clone or a
/// touched file does not force a rebuild, and an edited one always does.
/// </summary>
public static class CorpusFingerprint
{
    /// <summary>Bump when the document layout or analysis changes, so old indexes are rebuilt.</summary>
    public const string SchemaVersion = "news-schema-6";

    /// <summary>A cheap signature of names, sizes and write times: when it is unchanged the content is not re-hashed.</summary>
    public static string Look(string corpusPath) =>
        string.Join("\n", CorpusReader.Files(corpusPath).Select(f =>
        {
            var info = new FileInfo(f);
            return info.Exists ? $"{f}|{info.Length}|{info.LastWriteTimeUtc.Ticks}" : f;
        }));

    public static string Compute(string corpusPath)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(SchemaVersion + "\n"));
        var root = Directory.Exists(corpusPath) ? Path.GetFullPath(corpusPath) : Path.GetDirectoryName(Path.GetFullPath(corpusPath)) ?? "";
        var buffer = new byte[1 << 20];
        foreach (var file in CorpusReader.Files(corpusPath))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file) + "\n"));
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }
}
