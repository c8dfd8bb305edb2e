namespace Search.Lucene.Execution;

/// <summary>When and how finely one query is split across cores (<see cref="SlicedSearch"/>).</summary>
/// <param name="MinDocs">Indexes smaller than this are searched as one slice.</param>
/// <param name="Slices">Slices to aim for; 0 means one per core, at most <see cref="MaxSlices"/>; 1 never splits.</param>
/// <param name="SpareCoresOnly">Hand slices to other threads only while cores are spare (false: always; tests use it to load the hand-over).</param>
public sealed record SliceOptions(int MinDocs = SliceOptions.DefaultMinDocs, int Slices = 0, bool SpareCoresOnly = true)
{
    /// <summary>Below this many documents a query takes a few milliseconds: splitting it costs more than it saves.</summary>
    public const int DefaultMinDocs = 200_000;

    /// <summary>At most this many slices however many cores there are: each costs a collector and a merge.</summary>
    public const int MaxSlices = 4;

    public static SliceOptions Default { get; } = new();

    public int SliceCount => Slices > 0 ? Slices : Math.Min(Environment.ProcessorCount, MaxSlices);
}
