using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Schema;
using Search.Core.Semantics;

namespace Search.Core.Related;

/// <summary>
/// The documents whose embeddings are closest to a source vector, by a scan of every live document's stored vector:
/// exact, and cheap enough as a candidate source where the text and entity queries find little (a draft, a short
/// article), though its cost grows with the archive (benchmarks/RESULTS.md, "Semantic embeddings").
/// </summary>
public static class SemanticNeighbours
{
    /// <summary>
    /// The <paramref name="k"/> nearest live documents, closest first (ties by doc id), never one of <paramref name="excluded"/>.
    /// At most <paramref name="scanLimit"/> documents are read, the last segments first (new writes land there; a merged
    /// segment takes the place of the first it merged, so the order stays roughly by age), so the cost has a bound however
    /// large the archive grows.
    /// </summary>
    public static IReadOnlyList<(int Doc, float Similarity)> Nearest(
        IndexReader reader, ReadOnlySpan<byte> source, int k, IReadOnlySet<int>? excluded = null, int scanLimit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (k <= 0 || source.IsEmpty)
        {
            return [];
        }

        // A min-heap of the best k so far: its root is the one to beat.
        var best = new PriorityQueue<int, (float Similarity, int NegatedDoc)>(k + 1);
        var bytes = new BytesRef();
        var room = scanLimit;
        foreach (var leaf in reader.Leaves.Reverse())
        {
            var values = leaf.AtomicReader.GetBinaryDocValues(ArticleFields.Embedding);
            if (values is null)
            {
                continue;
            }

            var live = leaf.AtomicReader.LiveDocs;
            var first = Math.Max(0, leaf.AtomicReader.MaxDoc - room);
            room -= leaf.AtomicReader.MaxDoc - first;
            for (var doc = first; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var global = leaf.DocBase + doc;
                if ((live is not null && !live.Get(doc)) || (excluded?.Contains(global) ?? false))
                {
                    continue;
                }

                values.Get(doc, bytes);
                if (bytes.Length == 0)
                {
                    continue;
                }

                var similarity = QuantizedEmbedding.Cosine(source, bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
                if (best.Count < k)
                {
                    best.Enqueue(global, (similarity, -global));
                }
                else if (best.TryPeek(out _, out var worst) && (similarity, -global).CompareTo(worst) > 0)
                {
                    best.EnqueueDequeue(global, (similarity, -global));
                }
            }

            if (room <= 0)
            {
                break;
            }
        }

        var found = new List<(int Doc, float Similarity)>(best.Count);
        while (best.TryDequeue(out var doc, out var priority))
        {
            found.Add((doc, priority.Similarity));
        }

        found.Reverse();
        return found;
    }
}
