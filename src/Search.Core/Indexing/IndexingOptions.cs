using Search.Lucene.Execution;
using Search.Lucene.Store;
namespace Search.Core.Indexing;

/// <summary>Where the corpus is read from and the index kept (configuration section "Search").</summary>
public sealed class IndexingOptions
{
    public const string SectionName = "Search";

    /// <summary>Folder (or single file) of <c>.jsonl</c>/<c>.jsonl.gz</c> articles.</summary>
    public string CorpusPath { get; set; } = "index/corpus";

    /// <summary>Folder holding the index generations and the pointer to the served one.</summary>
    public string IndexPath { get; set; } = "index/lucene";

    /// <summary>IndexWriter RAM buffer: larger buffers mean fewer flushes and merges during a full build.</summary>
    public double RamBufferMb { get; set; } = 128;

    /// <summary>Memory-mapped index files (MMapDirectory) instead of positional reads (<see cref="PositionalReadDirectory"/>); see benchmarks/README.md for the measured choice.</summary>
    public bool MemoryMapped { get; set; }

    /// <summary>
    /// Postings held in memory (<see cref="PositionalReadDirectory"/>), in MB across the open segments; 0 reads them
    /// on demand. Each segment's postings are read whole when it opens, while they fit: at 1M articles they take
    /// about 370 MB (benchmarks/README.md has the measurement).
    /// </summary>
    public int ResidentPostingsMb { get; set; } = 1024;

    /// <summary>Indexing threads for a full build; 0 means one per core.</summary>
    public int IndexingThreads { get; set; }

    /// <summary>
    /// From this many documents on, one query's segments are searched on several cores at once
    /// (<see cref="SlicedSearch"/>): a broad query over a large archive waits for its slowest
    /// slice rather than for all of them. Below it a query takes a few milliseconds and is not split.
    /// </summary>
    public int SliceSearchFromDocs { get; set; } = SliceOptions.DefaultMinDocs;

    /// <summary>Slices per query once <see cref="SliceSearchFromDocs"/> is reached; 0 means one per core (at most 4), 1 never splits.</summary>
    public int SearchSlices { get; set; }

    internal SliceOptions Slicing => new(SliceSearchFromDocs, SearchSlices);
}
