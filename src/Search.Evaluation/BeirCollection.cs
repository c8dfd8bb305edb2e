using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Search.Evaluation;

/// <summary>
/// A BEIR-format test collection read from one folder: <c>corpus.jsonl(.gz)</c>, <c>queries.jsonl</c>
/// and the judgments of one split, <c>qrels-&lt;split&gt;.tsv</c> (header, then query-id, corpus-id, score).
/// </summary>
public sealed class BeirCollection
{
    private BeirCollection(
        IReadOnlyList<BeirDocument> documents,
        IReadOnlyDictionary<string, string> queries,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> qrels)
    {
        Documents = documents;
        Queries = queries;
        Qrels = qrels;
    }

    public IReadOnlyList<BeirDocument> Documents { get; }

    /// <summary>Query text by query id: the whole queries file, judged or not.</summary>
    public IReadOnlyDictionary<string, string> Queries { get; }

    /// <summary>Graded judgments of the split: query id → (document id → relevance).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Qrels { get; }

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FileNotFoundException">The corpus, queries or qrels file of <paramref name="split"/> is missing.</exception>
    public static BeirCollection Load(string folder, string split)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(split);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"BEIR collection folder not found: {Path.GetFullPath(folder)}");
        }

        var corpus = new[] { "corpus.jsonl.gz", "corpus.jsonl" }.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"Neither corpus.jsonl.gz nor corpus.jsonl is in {folder}.");
        var documents = ReadJsonLines(corpus, line => new BeirDocument(Id(line), Text(line, "title"), Text(line, "text"))).ToArray();
        var queries = ReadJsonLines(Required(folder, "queries.jsonl"), line => (Id: Id(line), Text: Text(line, "text")))
            .ToDictionary(q => q.Id, q => q.Text, StringComparer.Ordinal);
        return new BeirCollection(documents, queries, ReadQrels(Required(folder, $"qrels-{split}.tsv")));
    }

    private static string Required(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{name} is not in {folder}.", path);
    }

    private static IEnumerable<T> ReadJsonLines<T>(string path, Func<JsonElement, T> map)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                using var json = JsonDocument.Parse(line);
                yield return map(json.RootElement);
            }
        }
    }

    // BEIR ids are strings, but some exports write numeric ids: both mean the same document.
    private static string Id(JsonElement line)
    {
        var id = line.GetProperty("_id");
        return id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
    }

    private static string Text(JsonElement line, string name) =>
        line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static Dictionary<string, IReadOnlyDictionary<string, int>> ReadQrels(string path)
    {
        var qrels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length < 3)
            {
                continue;
            }

            if (!int.TryParse(columns[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var score))
            {
                throw new InvalidDataException($"{path}: relevance '{columns[2]}' is not a whole number.");
            }

            if (!qrels.TryGetValue(columns[0], out var judged))
            {
                qrels[columns[0]] = judged = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            judged[columns[1]] = score;
        }

        return qrels.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, int>)kv.Value, StringComparer.Ordinal);
    }
}
