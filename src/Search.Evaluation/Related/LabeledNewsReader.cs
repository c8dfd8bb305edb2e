using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Search.Core.Articles;

namespace Search.Evaluation.Related;

/// <summary>
/// Reads the labeled evaluation sets (<c>wikiref220</c>, <c>reuters-21578</c>, <c>bbc-news</c>, <c>ecbplus-train</c>:
/// gzip JSON Lines) into engine articles. The files stay beside the checkout (research-only licences), so they are
/// read at run time and never copied.
/// </summary>
public static class LabeledNewsReader
{
    /// <summary>Words of the body that stand in for a missing headline (some Reuters records have none).</summary>
    private const int TitleWordsFromBody = 10;

    public static IReadOnlyList<LabeledNewsArticle> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var articles = new List<LabeledNewsArticle>();
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                articles.Add(Parse(line));
            }
        }

        return articles;
    }

    public static LabeledNewsArticle Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = String(root, "id") ?? throw new InvalidDataException("A labeled news record has no id.");
        var title = String(root, "title");
        var body = String(root, "body");
        var category = String(root, "category");
        var article = new Article
        {
            Id = id,
            // One Reuters record has neither; it is kept (empty) so the index holds the whole collection.
            Title = string.IsNullOrWhiteSpace(title) ? FirstWords(body ?? "") : title,
            Body = body ?? title ?? "",
            Section = category,
            PublishedAt = Date(String(root, "date")),
        };

        var isNoise = root.TryGetProperty("is_noise_topic", out var noise) && noise.ValueKind == JsonValueKind.True;
        return new LabeledNewsArticle(article, Labels(root, category), isNoise) { Topic = String(root, "topic") };
    }

    /// <summary>
    /// ECB+ labels a text by its event (<c>story</c>, under the wider <c>topic</c>); Reuters by its topic codes
    /// (possibly none); every other set has one label, its category.
    /// </summary>
    private static HashSet<string> Labels(JsonElement root, string? category)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        if (String(root, "story") is { Length: > 0 } story)
        {
            labels.Add(story);
        }
        else if (root.TryGetProperty("topics", out var topics) && topics.ValueKind == JsonValueKind.Array)
        {
            foreach (var topic in topics.EnumerateArray())
            {
                if (topic.GetString() is { Length: > 0 } code)
                {
                    labels.Add(code);
                }
            }
        }
        else if (!string.IsNullOrEmpty(category))
        {
            labels.Add(category);
        }

        return labels;
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FirstWords(string text) =>
        string.Join(' ', text.Split((char[]?)null, TitleWordsFromBody + 1, StringSplitOptions.RemoveEmptyEntries).Take(TitleWordsFromBody));

    private static DateTimeOffset? Date(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
