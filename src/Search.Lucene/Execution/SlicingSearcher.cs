using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Lucene.Execution;

/// <summary>A searcher that knows, once for its reader, how <see cref="SlicedSearch"/> splits a query over its segments.</summary>
public sealed class SlicingSearcher : IndexSearcher
{
    public SlicingSearcher(IndexReader reader, SliceOptions options)
        : base(reader)
    {
        Options = options;
        Slices = Split(reader.Leaves, reader.MaxDoc, options);
    }

    public SliceOptions Options { get; }

    /// <summary>Contiguous runs of segments in document order; one run when the index is not split.</summary>
    public AtomicReaderContext[][] Slices { get; }

    /// <summary>Contiguous runs of segments, each about an equal share of the documents (a segment is never cut).</summary>
    internal static AtomicReaderContext[][] Split(IList<AtomicReaderContext> leaves, int maxDoc, SliceOptions options)
    {
        var wanted = Math.Min(options.SliceCount, leaves.Count);
        if (wanted <= 1 || maxDoc < options.MinDocs)
        {
            return [leaves.ToArray()];
        }

        var slices = new List<AtomicReaderContext[]>(wanted);
        var current = new List<AtomicReaderContext>();
        var done = 0L;
        foreach (var leaf in leaves)
        {
            long size = leaf.AtomicReader.MaxDoc;
            // A segment that would carry the slice past its share starts the next slice instead, when
            // the slice so far is nearer its share than it would be with the segment.
            if (current.Count > 0 && slices.Count < wanted - 1 && done + size > Boundary() && Boundary() - done < done + size - Boundary())
            {
                Close();
            }

            current.Add(leaf);
            done += size;
            if (slices.Count < wanted - 1 && done >= Boundary())
            {
                Close();
            }
        }

        if (current.Count > 0)
        {
            slices.Add([.. current]);
        }

        return [.. slices];

        // Where the current slice's share of the documents ends.
        long Boundary() => (long)maxDoc * (slices.Count + 1) / wanted;

        void Close()
        {
            slices.Add([.. current]);
            current.Clear();
        }
    }
}
