using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Lucene.Scoring;

/// <summary>
/// For a few documents (a re-rank's candidates), where each of a list of terms occurs in each: the positions, from
/// which a cosine reads the term frequencies (how many) and a phrase signal the adjacent pairs (which follow which).
/// The terms' postings are only advanced to the given documents, segment by segment, and segments holding none of them
/// are not opened, so the cost follows the candidates, not the archive: what a re-rank needs without term vectors.
/// </summary>
public static class TermOccurrences
{
    /// <param name="docs">Top-level document ids in ascending order.</param>
    /// <param name="terms">Terms of <paramref name="field"/> (indexed with positions), each with its context where known (positions the enumerator without a lookup).</param>
    /// <returns>
    /// For each of <paramref name="docs"/> (same order), for each of <paramref name="terms"/> (same order), the term's
    /// positions in the document in ascending order, or null where it does not occur.
    /// </returns>
    public static int[]?[][] Read(IndexReader reader, string field, IReadOnlyList<(Term Term, TermContext? Context)> terms, IReadOnlyList<int> docs)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(docs);
        for (var i = 1; i < docs.Count; i++)
        {
            if (docs[i] <= docs[i - 1])
            {
                throw new ArgumentException("Documents must be given in ascending order, each once.", nameof(docs));
            }
        }

        var found = new int[]?[docs.Count][];
        for (var i = 0; i < found.Length; i++)
        {
            found[i] = new int[]?[terms.Count];
        }

        var first = 0;
        foreach (var leaf in reader.Leaves)
        {
            while (first < docs.Count && docs[first] < leaf.DocBase)
            {
                first++;
            }

            var end = first;
            var limit = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            while (end < docs.Count && docs[end] < limit)
            {
                end++;
            }

            if (end > first && leaf.AtomicReader.GetTerms(field) is { } fieldTerms)
            {
                ReadLeaf(leaf, fieldTerms.GetEnumerator(), terms, docs, first, end, found);
            }

            first = end;
        }

        return found;
    }

    /// <summary>
    /// How far apart two terms may stand and still count as a pair: 3, so that up to two stop words between them (gaps
    /// in the positions, as the analyzer leaves them) keep "Bank of England" and "Secretary of the Treasury" pairs.
    /// </summary>
    public const int MaxPairDistance = 3;

    /// <summary>
    /// Whether some position of <paramref name="first"/> is followed by one of <paramref name="second"/> at most
    /// <see cref="MaxPairDistance"/> further on (both ascending).
    /// </summary>
    public static bool Adjacent(int[] first, int[] second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var j = 0;
        foreach (var position in first)
        {
            while (j < second.Length && second[j] <= position)
            {
                j++;
            }

            if (j == second.Length)
            {
                return false;
            }

            if (second[j] - position <= MaxPairDistance)
            {
                return true;
            }
        }

        return false;
    }

    private static void ReadLeaf(
        AtomicReaderContext leaf, TermsEnum termsEnum, IReadOnlyList<(Term Term, TermContext? Context)> terms, IReadOnlyList<int> docs,
        int first, int end, int[]?[][] found)
    {
        DocsAndPositionsEnum? postings = null;
        for (var t = 0; t < terms.Count; t++)
        {
            var (term, context) = terms[t];
            if (context is not null)
            {
                if (context.Get(leaf.Ord) is not { } state)
                {
                    continue; // the context knows the term is not in this segment
                }

                termsEnum.SeekExact(term.Bytes, state);
            }
            else if (!termsEnum.SeekExact(term.Bytes))
            {
                continue;
            }

            postings = termsEnum.DocsAndPositions(leaf.AtomicReader.LiveDocs, postings, DocsAndPositionsFlags.NONE);
            if (postings is null)
            {
                throw new InvalidOperationException($"Field {term.Field} is not indexed with positions.");
            }

            var doc = -1;
            for (var i = first; i < end; i++)
            {
                var target = docs[i] - leaf.DocBase;
                if (doc < target)
                {
                    doc = postings.Advance(target);
                }

                if (doc == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (doc == target)
                {
                    var positions = new int[postings.Freq];
                    for (var p = 0; p < positions.Length; p++)
                    {
                        positions[p] = postings.NextPosition();
                    }

                    found[i][t] = positions;
                }
            }
        }
    }
}
