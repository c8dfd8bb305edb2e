using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Lucene.Scoring;

/// <summary>
/// For a few documents (a re-rank's candidates), the weighted sum over a list of terms of a function of each term's
/// frequency in each document: Σ weight(term) · f(tf). The terms' postings are only advanced to the given documents,
/// segment by segment, and segments holding none of them are not opened, so the cost follows the candidates, not the
/// archive: what a cosine over candidates needs without term vectors.
/// </summary>
public static class TermFrequencySum
{
    /// <param name="docs">Top-level document ids in ascending order.</param>
    /// <param name="terms">Terms of <paramref name="field"/>, each with its weight and, where known, its context (positions the enumerator without a lookup).</param>
    /// <param name="frequencyWeight">f(tf) for a term found <c>tf</c> times (tf ≥ 1) in a document.</param>
    /// <returns>The sum for each of <paramref name="docs"/>, in the same order (0 where no term occurs).</returns>
    public static float[] Compute(
        IndexReader reader, string field, IReadOnlyList<(Term Term, TermContext? Context, float Weight)> terms, IReadOnlyList<int> docs, Func<int, float> frequencyWeight)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(frequencyWeight);
        var sums = new float[docs.Count];
        for (var i = 1; i < docs.Count; i++)
        {
            if (docs[i] <= docs[i - 1])
            {
                throw new ArgumentException("Documents must be given in ascending order, each once.", nameof(docs));
            }
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
                SumLeaf(leaf, fieldTerms.GetEnumerator(), terms, docs, first, end, frequencyWeight, sums);
            }

            first = end;
        }

        return sums;
    }

    private static void SumLeaf(
        AtomicReaderContext leaf, TermsEnum termsEnum, IReadOnlyList<(Term Term, TermContext? Context, float Weight)> terms, IReadOnlyList<int> docs,
        int first, int end, Func<int, float> frequencyWeight, float[] sums)
    {
        DocsEnum? postings = null;
        foreach (var (term, context, weight) in terms)
        {
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

            postings = termsEnum.Docs(leaf.AtomicReader.LiveDocs, postings, DocsFlags.FREQS);
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
                    sums[i] += weight * frequencyWeight(postings.Freq);
                }
            }
        }
    }
}
