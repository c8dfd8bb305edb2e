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

    /// <summary>Indexing threads for a full build; 0 means one per core.</summary>
    public int IndexingThreads { get; set; }
}
