using System.Globalization;
using Search.Lucene.Store;

namespace Search.Benchmarks.Corpus;

/// <summary>The seed, the corpus sizes and the cache folder every suite shares; sizes can be narrowed from the environment.</summary>
public static class BenchSettings
{
    /// <summary>The one seed of every generated corpus (the CLI's <c>generate</c> default too).</summary>
    public const int Seed = 42;

    /// <summary>Comma-separated corpus sizes, e.g. <c>SEARCH_BENCH_SIZES=10000</c> for a quick dry run.</summary>
    public const string SizesVariable = "SEARCH_BENCH_SIZES";

    /// <summary>The sizes, used when <see cref="SizesVariable"/> is not set.</summary>
    public static readonly int[] DefaultSizes = [10_000, 100_000, 1_000_000];

    /// <summary>
    /// How the raw baselines read the index: <c>nio</c> (default, NIOFSDirectory) or <c>positional</c>
    /// (the engine's <see cref="Search.Lucene.Store.PositionalReadDirectory"/>), from <c>SEARCH_BENCH_RAW_DIRECTORY</c>.
    /// </summary>
    public static string RawDirectory { get; } =
        Environment.GetEnvironmentVariable("SEARCH_BENCH_RAW_DIRECTORY")?.Trim().ToLowerInvariant() is "positional" ? "positional" : "nio";

    /// <summary>
    /// Slices per query for the engine's searchers (<c>Search:Slicing:Slices</c>), from
    /// <c>SEARCH_BENCH_SEARCH_SLICES</c>: 0 (default, as shipped) one per core, 1 never splits a query.
    /// </summary>
    public static int SearchSlices { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("SEARCH_BENCH_SEARCH_SLICES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var slices) ? slices : 0;

    /// <summary>
    /// The index size from which the engine splits queries (<c>Search:Slicing:FromDocs</c>),
    /// from <c>SEARCH_BENCH_SLICE_FROM_DOCS</c>; as shipped when unset.
    /// </summary>
    public static int SliceSearchFromDocs { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("SEARCH_BENCH_SLICE_FROM_DOCS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var docs) ? docs : new Search.Core.Indexing.SlicingOptions().FromDocs;

    /// <summary>
    /// Embeddings in the benchmark indexes, from <c>SEARCH_BENCH_EMBEDDINGS</c>: <c>none</c> (default; the related path
    /// then has no semantic signal), <c>stand-in</c> (<see cref="StandInEmbedder"/>: the semantic path's cost at any size,
    /// in seconds) or <c>minilm</c> (the shipped model; about 120 articles/s here, so hours at 1M).
    /// </summary>
    public static string Embeddings { get; } =
        Environment.GetEnvironmentVariable("SEARCH_BENCH_EMBEDDINGS")?.Trim().ToLowerInvariant() is { } mode && mode is "stand-in" or "minilm" ? mode : "none";

    /// <summary>Generated corpora and built indexes live here, shared by every benchmark process.</summary>
    public static string CacheRoot { get; } = Path.Combine(Path.GetTempPath(), "search-bench");

    /// <summary>The corpus sizes to run: <see cref="SizesVariable"/> if set, else <see cref="DefaultSizes"/>.</summary>
    public static IEnumerable<int> Sizes()
    {
        var value = Environment.GetEnvironmentVariable(SizesVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return DefaultSizes;
        }

        return value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture))
            .ToArray();
    }
}
