using System.IO.Compression;
using System.Text;
using Search.Core.Articles;

namespace Search.Synthetic;

/// <summary>
/// Streams articles to a JSON Lines corpus file, gzip-compressed when the path ends in <c>.gz</c>.
/// One article is in memory at a time, so a million-article corpus costs no more than ten.
/// </summary>
public static class CorpusFileWriter
{
    private const int BufferSize = 1 << 20;

    /// <summary>Writes one <see cref="ArticleJson"/> line per article and returns how many were written.</summary>
    /// <param name="onArticleWritten">Called with the running count after each article (progress reporting).</param>
    public static long Write(IEnumerable<Article> articles, string path, Action<long>? onArticleWritten = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
        // Optimal over Fastest: about 40% smaller files for about 30% more time, still far above the 5,000 articles/s we need.
        using var compressed = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true)
            : null;
        using var writer = new StreamWriter(compressed ?? (Stream)file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferSize);
        writer.NewLine = "\n"; // the same bytes on every OS

        long count = 0;
        foreach (var article in articles)
        {
            writer.WriteLine(ArticleJson.Serialize(article));
            count++;
            onArticleWritten?.Invoke(count);
        }

        return count;
    }
}
