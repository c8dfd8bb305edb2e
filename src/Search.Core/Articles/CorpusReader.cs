using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Search.Core.Articles;

/// <summary>
/// Streams articles from the <c>.jsonl</c> and <c>.jsonl.gz</c> files of a corpus folder, in file-name
/// order. A bad line (broken JSON, missing or null id/title/body, an id against <see cref="ArticleId"/>'s rule,
/// a field over its <see cref="ArticleLimits"/> bound, a bad date, over <see cref="MaxLineChars"/>) is logged
/// with its file and line and skipped; a broken file (truncated gzip, random bytes) ends that file only.
/// Nothing here throws for bad data.
/// </summary>
public sealed class CorpusReader(ILogger logger)
{
    public const int MaxLineChars = 4 * 1024 * 1024;

    /// <summary>The corpus files of a folder (or the one file given), sorted so reads and fingerprints are stable.</summary>
    public static IReadOnlyList<string> Files(string corpusPath)
    {
        if (File.Exists(corpusPath))
        {
            return [Path.GetFullPath(corpusPath)];
        }

        if (!Directory.Exists(corpusPath))
        {
            return [];
        }

        return Directory.EnumerateFiles(corpusPath, "*", SearchOption.AllDirectories)
            .Where(IsCorpusFile)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
    }

    public static bool IsCorpusFile(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every valid article of the corpus; <paramref name="report"/> counts as it goes (duplicates are counted by the indexer, which knows ids).</summary>
    public IEnumerable<Article> Read(string corpusPath, CorpusReport report)
    {
        var files = Files(corpusPath);
        report.BytesTotal = files.Sum(f => new FileInfo(f).Length);
        long bytesBefore = 0;
        foreach (var file in files)
        {
            report.Files++;
            foreach (var article in ReadFile(file, report, bytesBefore))
            {
                yield return article;
            }

            bytesBefore += new FileInfo(file).Length;
            report.SetBytesRead(bytesBefore);
        }
    }

    private IEnumerable<Article> ReadFile(string file, CorpusReport report, long bytesBefore)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var decoded = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        using var text = new StreamReader(decoded, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var lines = new BoundedLineReader(text, MaxLineChars);
        var name = Path.GetFileName(file);
        long lineNumber = 0;
        while (true)
        {
            string line;
            bool oversized;
            try
            {
                if (!lines.TryReadLine(out line, out oversized))
                {
                    yield break;
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                // A truncated or corrupt gzip stream: keep what was read, report the rest of the file as lost.
                report.FailedFiles++;
                logger.LogWarning("Corpus file {File} is unreadable after line {Line}: {Reason}; the rest of the file is skipped", name, lineNumber, ex.Message);
                yield break;
            }

            lineNumber++;
            report.SetBytesRead(bytesBefore + stream.Position);
            if (oversized)
            {
                Skip(report, name, lineNumber, $"line longer than {MaxLineChars} characters");
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (ArticleParser.TryParse(line, out var article, out var error))
            {
                report.Articles++;
                yield return article!;
            }
            else
            {
                Skip(report, name, lineNumber, error!.Message);
            }
        }
    }

    private void Skip(CorpusReport report, string file, long line, string reason)
    {
        report.Skipped++;
        logger.LogWarning("Skipped {File}:{Line}: {Reason}", file, line, reason);
    }
}
