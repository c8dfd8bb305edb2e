using System.IO.Compression;
using System.Text.Json;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Search.Benchmarks.Peers;

/// <summary>
/// Raw Lucene.Net 4.8 doing what the Java harness does, field for field: <c>id</c> stored string, <c>title</c> stored
/// text, <c>body</c> stored text with term vectors (null becomes the title), <c>EnglishAnalyzer</c>, BM25(1.2, 0.75),
/// a 16 MB RAM buffer; searches parse with <c>SimpleQueryParser</c> (title 2, body 1, OR) and collect the top 10,
/// reading through <c>NIOFSDirectory</c> (Lucene.Net's memory-mapped directory slows as the process runs:
/// benchmarks/RESULTS.md, "Directory choice").
/// </summary>
internal sealed class RawPeer : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly NIOFSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly SimpleQueryParser _parser;

    public RawPeer(string path)
    {
        _directory = new NIOFSDirectory(new DirectoryInfo(path));
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity(1.2f, 0.75f) };
        var weights = new Dictionary<string, float> { ["title"] = 2f, ["body"] = 1f };
        _parser = new SimpleQueryParser(new EnglishAnalyzer(Version), weights) { DefaultOperator = Occur.SHOULD };
    }

    /// <summary>Parses and runs one query; returns its total hits.</summary>
    public long Search(string query) => _searcher.Search(_parser.Parse(query), 10).TotalHits;

    public static int Index(string corpus, string path)
    {
        var config = new IndexWriterConfig(Version, new EnglishAnalyzer(Version))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(1.2f, 0.75f),
            RAMBufferSizeMB = 16,
        };
        var bodyType = new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true };
        bodyType.Freeze();
        var count = 0;
        using (var directory = new NIOFSDirectory(new DirectoryInfo(path)))
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var line in Lines(corpus))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var title = Text(root, "title") ?? "";
                writer.AddDocument(new Document
                {
                    new StringField("id", Text(root, "id") ?? "", Field.Store.YES),
                    new Field("title", title, TextField.TYPE_STORED),
                    new Field("body", Text(root, "body") ?? title, bodyType),
                });
                count++;
            }

            writer.Commit();
        }

        Console.WriteLine($"indexed {count} docs");
        return 0;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Lines(string corpus)
    {
        using var file = File.OpenRead(corpus);
        using Stream stream = corpus.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return line;
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
