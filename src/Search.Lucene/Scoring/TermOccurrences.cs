using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Lucene.Scoring;

/// <summary>
/// For a few documents (a re-rank's candidates), how often each of a list of terms occurs in each and, where asked,
/// where: a cosine reads the frequencies, a phrase signal the positions of its words (which follows which). The terms'
/// postings are only advanced to the given documents, segment by segment, and segments holding none of them are not
/// opened, so the cost follows the candidates, not the archive: what a re-rank needs without term vectors. Positions
/// cost more to read than frequencies (a common word's positions are decoded past the documents skipped), so they are a
/// second step, for the documents and terms the caller still needs once it knows the frequencies.
/// </summary>
public sealed class TermOccurrences
{
    private readonly IndexReader _reader;
    private readonly IReadOnlyList<(Term Term, TermContext? Context)> _terms;
    private readonly IReadOnlyList<int> _docs;
    private readonly int[][] _frequencies;
    private readonly int[]?[][] _positions;

    private TermOccurrences(IndexReader reader, IReadOnlyList<(Term Term, TermContext? Context)> terms, IReadOnlyList<int> docs)
    {
        _reader = reader;
        _terms = terms;
        _docs = docs;
        _frequencies = new int[docs.Count][];
        _positions = new int[]?[docs.Count][];
        for (var i = 0; i < docs.Count; i++)
        {
            _frequencies[i] = new int[terms.Count];
            _positions[i] = new int[]?[terms.Count];
        }
    }

    /// <summary>For each document (same order as asked), each term's frequency there (same order), 0 where absent.</summary>
    public IReadOnlyList<int[]> Frequencies => _frequencies;

    /// <summary>
    /// For each document, each term's positions there in ascending order; null where the term is absent or its
    /// positions were not read (<see cref="ReadPositions"/>).
    /// </summary>
    public IReadOnlyList<int[]?[]> Positions => _positions;

    /// <summary>
    /// How far apart two terms may stand and still count as a pair: 3, so that up to two stop words between them (gaps
    /// in the positions, as the analyzer leaves them) keep "Bank of England" and "Secretary of the Treasury" pairs; two
    /// other words between count too ("rescuers ended the search" holds "rescuers ... search").
    /// </summary>
    public const int MaxPairDistance = 3;

    /// <summary>Reads the frequencies of <paramref name="terms"/> in <paramref name="docs"/>.</summary>
    /// <param name="docs">Top-level document ids in ascending order.</param>
    /// <param name="terms">Terms of one field, each with its context where known (positions the enumerator without a lookup).</param>
    public static TermOccurrences Read(IndexReader reader, IReadOnlyList<(Term Term, TermContext? Context)> terms, IReadOnlyList<int> docs)
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

        var occurrences = new TermOccurrences(reader, terms, docs);
        occurrences.Walk(null);
        return occurrences;
    }

    /// <summary>
    /// Reads the positions of the terms where <paramref name="wanted"/>[document index][term index] is true and the term
    /// occurs (the field must be indexed with positions); a term wanted nowhere is not looked up.
    /// </summary>
    public void ReadPositions(IReadOnlyList<bool[]> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        if (wanted.Count != _docs.Count)
        {
            throw new ArgumentException("One row per document is needed.", nameof(wanted));
        }

        Walk(wanted);
    }

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

    /// <summary>One pass over the segments: frequencies when <paramref name="wanted"/> is null, else the wanted positions.</summary>
    private void Walk(IReadOnlyList<bool[]>? wanted)
    {
        if (_terms.Count == 0)
        {
            return;
        }

        var field = _terms[0].Term.Field;
        var first = 0;
        foreach (var leaf in _reader.Leaves)
        {
            while (first < _docs.Count && _docs[first] < leaf.DocBase)
            {
                first++;
            }

            var end = first;
            var limit = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            while (end < _docs.Count && _docs[end] < limit)
            {
                end++;
            }

            if (end > first && leaf.AtomicReader.GetTerms(field) is { } fieldTerms)
            {
                WalkLeaf(leaf, fieldTerms.GetEnumerator(), first, end, wanted);
            }

            first = end;
        }
    }

    private void WalkLeaf(AtomicReaderContext leaf, TermsEnum termsEnum, int first, int end, IReadOnlyList<bool[]>? wanted)
    {
        DocsEnum? docsEnum = null;
        DocsAndPositionsEnum? positionsEnum = null;
        for (var t = 0; t < _terms.Count; t++)
        {
            if (wanted is not null && !AnyWanted(wanted, t, first, end))
            {
                continue;
            }

            var (term, context) = _terms[t];
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

            DocsEnum postings;
            if (wanted is null)
            {
                postings = docsEnum = termsEnum.Docs(leaf.AtomicReader.LiveDocs, docsEnum, DocsFlags.FREQS);
            }
            else
            {
                positionsEnum = termsEnum.DocsAndPositions(leaf.AtomicReader.LiveDocs, positionsEnum, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"Field {term.Field} is not indexed with positions.");
                postings = positionsEnum;
            }

            var doc = -1;
            for (var i = first; i < end; i++)
            {
                if (wanted is not null && !(wanted[i][t] && _frequencies[i][t] > 0))
                {
                    continue;
                }

                var target = _docs[i] - leaf.DocBase;
                if (doc < target)
                {
                    doc = postings.Advance(target);
                }

                if (doc == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (doc != target)
                {
                    continue;
                }

                if (wanted is null)
                {
                    _frequencies[i][t] = postings.Freq;
                    continue;
                }

                var found = new int[postings.Freq];
                for (var p = 0; p < found.Length; p++)
                {
                    found[p] = positionsEnum!.NextPosition();
                }

                _positions[i][t] = found;
            }
        }
    }

    private bool AnyWanted(IReadOnlyList<bool[]> wanted, int term, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (wanted[i][term] && _frequencies[i][term] > 0)
            {
                return true;
            }
        }

        return false;
    }
}
