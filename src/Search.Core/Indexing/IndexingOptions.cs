using Search.Core.Configuration;

namespace Search.Core.Indexing;

/// <summary>
/// Where the corpus is read from and the index kept, and how the index is built and read (configuration
/// section "Search:Index"). The two paths are also read from the short keys operators use,
/// <c>Search:CorpusPath</c> and <c>Search:IndexPath</c>, which win when set.
/// </summary>
public sealed class IndexingOptions : IValidatedOptions
{
    public const string SectionName = "Search:Index";

    /// <summary>Folder (or single file) of <c>.jsonl</c>/<c>.jsonl.gz</c> articles; relative to the working directory.</summary>
    public string CorpusPath { get; set; } = "index/corpus";

    /// <summary>Folder holding the index generations and the pointer to the served one; relative to the working directory.</summary>
    public string IndexPath { get; set; } = "index/lucene";

    /// <summary>IndexWriter RAM buffer: larger buffers mean fewer flushes and merges during a full build.</summary>
    public double RamBufferMb { get; set; } = 128;

    /// <summary>
    /// Memory-mapped index files (MMapDirectory) instead of positional reads (PositionalReadDirectory); the
    /// measured choice is in benchmarks/RESULTS.md, "Directory choice".
    /// </summary>
    public bool MemoryMapped { get; set; }

    /// <summary>
    /// Postings and doc values held in memory across the open segments, in MB; 0 reads them on demand. Each segment's
    /// files are read whole when it opens, while they fit (at 1M articles: postings 260 MB, doc values with embeddings
    /// 378 MB; benchmarks/README.md).
    /// </summary>
    public int ResidentPostingsMb { get; set; } = 1024;

    /// <summary>Indexing threads for a full build; 0 means one per core.</summary>
    public int IndexingThreads { get; set; }

    /// <summary>
    /// Rounds of representative searches and related lists run on a generation before it is served (at start and
    /// after each rebuild), so readers after /health/ready turns 200 or a swap do not meet a cold engine; 0 serves cold.
    /// </summary>
    public int WarmUpRounds { get; set; } = 3;

    /// <summary>At most this long is spent warming a generation, however many rounds are left.</summary>
    public double WarmUpSeconds { get; set; } = 5;

    public IEnumerable<string> Problems() =>
        OptionRules.Required("Search:CorpusPath", CorpusPath)
            .Concat(OptionRules.Required("Search:IndexPath", IndexPath))
            // IndexWriterConfig refuses buffers of 2,048 MB and more.
            .Concat(OptionRules.Between($"{SectionName}:RamBufferMb", RamBufferMb, 1, 2047))
            .Concat(OptionRules.NotNegative($"{SectionName}:ResidentPostingsMb", ResidentPostingsMb))
            .Concat(OptionRules.Between($"{SectionName}:IndexingThreads", IndexingThreads, 0, 64))
            .Concat(OptionRules.Between($"{SectionName}:WarmUpRounds", WarmUpRounds, 0, 100))
            .Concat(OptionRules.Between($"{SectionName}:WarmUpSeconds", WarmUpSeconds, 0, 600));
}
