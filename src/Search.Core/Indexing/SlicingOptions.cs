using Search.Core.Configuration;
using Search.Lucene.Execution;

namespace Search.Core.Indexing;

/// <summary>
/// When one query's segments are searched on several cores at once (configuration section "Search:Slicing"):
/// a broad query over a large archive then waits for its slowest slice rather than for all of them. The
/// searchers of every index generation are built with it.
/// </summary>
public sealed class SlicingOptions : IValidatedOptions
{
    public const string SectionName = "Search:Slicing";

    /// <summary>From this many documents on a query is split; below it a query takes a few milliseconds.</summary>
    public int FromDocs { get; set; } = SliceOptions.DefaultMinDocs;

    /// <summary>Slices per query once <see cref="FromDocs"/> is reached; 0 means one per core (at most 4), 1 never splits.</summary>
    public int Slices { get; set; }

    public SliceOptions ToSliceOptions() => new(FromDocs, Slices);

    public IEnumerable<string> Problems() =>
        OptionRules.NotNegative($"{SectionName}:FromDocs", FromDocs)
            .Concat(OptionRules.Between($"{SectionName}:Slices", Slices, 0, SliceOptions.MaxSlices));
}
