using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Semantics;
using Search.Synthetic;

namespace Search.Benchmarks.Corpus;

/// <summary>
/// Generated corpora and built indexes, cached under <see cref="BenchSettings.CacheRoot"/> so that each
/// is made once and reused by every benchmark process: <c>corpus/seed42-n10000.jsonl.gz</c> (keyed by
/// seed and count) and <c>index/seed42-n10000-SCHEMA/</c> (keyed by seed, count and <see cref="SchemaKey"/>).
/// </summary>
public static class CorpusCache
{
    /// <summary>Bump when the engine's documents change in a way the field list does not show (an analyzer, a doc-values encoding).</summary>
    private const int IndexFormat = 1;

    private static readonly Dictionary<int, IReadOnlyList<Article>> Loaded = [];

    /// <summary>Short hash of the schema's field names plus <see cref="IndexFormat"/>: a cached index with another key is not reused.</summary>
    public static string SchemaKey { get; } = ComputeSchemaKey();

    /// <summary>The first <paramref name="count"/> articles of the seeded corpus, held in memory for this process.</summary>
    public static IReadOnlyList<Article> Load(int count)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(count, out var articles))
            {
                var report = new CorpusReport();
                articles = new CorpusReader(NullLogger.Instance).Read(CorpusFile(count), report).ToArray();
                if (articles.Count != count)
                {
                    throw new InvalidDataException($"The cached corpus {CorpusFile(count)} holds {articles.Count} articles, not {count}; delete it.");
                }

                Loaded[count] = articles;
            }

            return articles;
        }
    }

    /// <summary>The cached <c>.jsonl.gz</c> of the first <paramref name="count"/> seeded articles, generated on first use.</summary>
    public static string CorpusFile(int count)
    {
        var path = Path.Combine(BenchSettings.CacheRoot, "corpus", $"seed{BenchSettings.Seed}-n{count}.jsonl.gz");
        if (File.Exists(path))
        {
            return path;
        }

        using (FileLock.Acquire(path + ".lock"))
        {
            if (!File.Exists(path))
            {
                var clock = Stopwatch.StartNew();
                Console.WriteLine($"// generating {count:N0} articles (seed {BenchSettings.Seed}) into {path}");
                // Still .jsonl.gz, so the writer compresses; renamed once complete, so a killed run leaves no half corpus.
                var partial = Path.ChangeExtension(Path.ChangeExtension(path, null), ".partial.jsonl.gz");
                CorpusFileWriter.Write(new NewsroomGenerator(BenchSettings.Seed).Generate(count), partial, n =>
                {
                    if (n % 100_000 == 0)
                    {
                        Console.WriteLine($"// generated {n:N0} articles in {clock.Elapsed.TotalSeconds:N0} s");
                    }
                });
                File.Move(partial, path, overwrite: true);
                Console.WriteLine($"// generated {count:N0} articles in {clock.Elapsed.TotalSeconds:N1} s");
            }
        }

        return path;
    }

    /// <summary>
    /// Opens our index of the first <paramref name="count"/> seeded articles, building it with the shipped
    /// <see cref="IndexStore.Rebuild"/> (all cores) when the cache holds none for this size and schema.
    /// </summary>
    public static BenchIndex OpenIndex(int count)
    {
        var embedded = BenchSettings.Embeddings == "none" ? "" : "-" + BenchSettings.Embeddings;
        var root = Path.Combine(BenchSettings.CacheRoot, "index", $"seed{BenchSettings.Seed}-n{count}-{SchemaKey}{embedded}");
        var fingerprint = $"bench seed={BenchSettings.Seed} count={count} schema={SchemaKey} embeddings={BenchSettings.Embeddings}";
        using (FileLock.Acquire(root + ".lock"))
        {
            var store = NewStore(root);
            try
            {
                var served = store.OpenExisting();
                if (served is null || served.Fingerprint != fingerprint || served.Articles != count)
                {
                    var corpus = CorpusFile(count);
                    var clock = Stopwatch.StartNew();
                    Console.WriteLine($"// building the {count:N0}-article index in {root}");
                    var report = new CorpusReport();
                    var built = store.Rebuild(new CorpusReader(NullLogger.Instance).Read(corpus, report), fingerprint, report);
                    if (built.Articles != count)
                    {
                        throw new InvalidDataException($"Indexed {built.Articles} of {count} articles from {corpus} ({report.Skipped} bad lines, {report.FailedFiles} unreadable files); delete it.");
                    }

                    Console.WriteLine($"// built the {count:N0}-article index in {clock.Elapsed.TotalSeconds:N1} s");
                }

                // A large index is checksummed in the background once served (one core for seconds at 1M): not beside the timings.
                var verifying = Stopwatch.StartNew();
                store.BackgroundVerification.Wait();
                if (verifying.ElapsedMilliseconds > 100)
                {
                    Console.WriteLine($"// waited {verifying.Elapsed.TotalSeconds:N1} s for the index's background checksum verification");
                }

                return new BenchIndex(store, root);
            }
            catch
            {
                store.Dispose();
                throw;
            }
        }
    }

    /// <summary>An index store as the host builds it: entity extraction, our analysis, BM25, embeddings as <see cref="BenchSettings.Embeddings"/> says.</summary>
    public static IndexStore NewStore(string indexPath) => new(
        Options.Create(new IndexingOptions { IndexPath = indexPath }),
        new ArticleDocumentBuilder(EntityExtractor.Default.Extract, Embedder()),
        new ConsoleLogger<IndexStore>(),
        new SlicingOptions { Slices = BenchSettings.SearchSlices, FromDocs = BenchSettings.SliceSearchFromDocs });

    /// <summary>The embedder of <see cref="BenchSettings.Embeddings"/>, null for none.</summary>
    public static ArticleEmbedder? Embedder() => BenchSettings.Embeddings switch
    {
        "stand-in" => new ArticleEmbedder(new StandInEmbedder()),
        "minilm" => new ArticleEmbedder(MiniLmEmbedder.Shared),
        _ => null,
    };

    private static string ComputeSchemaKey()
    {
        var fields = typeof(ArticleFields).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => $"{f.Name}={f.GetRawConstantValue()}")
            .Order(StringComparer.Ordinal);
        var text = string.Join("\n", fields) + $"\nformat={IndexFormat}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
    }
}
