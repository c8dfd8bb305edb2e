using System.IO.Compression;
using System.Text.Json;
using Search.Core.Articles;

namespace Search.Core.Tests.Entities;

/// <summary>
/// Reads chosen articles (title and body only) out of the evaluation corpora in <c>../shared/data</c>,
/// which stay outside the repository: only their ids and short mention strings are kept here.
/// </summary>
internal static class SharedNewsArticles
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["ecbplus"] = "ecbplus-train.jsonl.gz",
        ["reuters"] = "reuters-21578.jsonl.gz",
        ["bbc"] = "bbc-news.jsonl.gz",
        ["wikiref"] = "wikiref220.jsonl.gz",
    };

    public static IReadOnlyDictionary<string, Article> Load(string dataDirectory, string dataset, IReadOnlySet<string> ids)
    {
        if (!Files.TryGetValue(dataset, out var file))
        {
            throw new ArgumentException($"unknown dataset '{dataset}'", nameof(dataset));
        }

        var found = new Dictionary<string, Article>(StringComparer.Ordinal);
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(dataDirectory, file)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (found.Count < ids.Count && reader.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.GetProperty("id").GetString()!;
            if (ids.Contains(id))
            {
                found[id] = new Article { Id = id, Title = Text(root, "title"), Body = Text(root, "body") };
            }
        }

        return found;
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
