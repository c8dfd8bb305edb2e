using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Lucene.Scoring;

/// <summary>
/// Looks many terms of one field up in every segment with one terms enumerator per segment, in term
/// order. <see cref="IndexReader.DocFreq(Term)"/> opens an enumerator per term per segment (a few KB of
/// frames and buffers each, thousands per related list), and a <see cref="global::Lucene.Net.Search.TermQuery"/>
/// without states looks each term up again when its weight is made. The contexts returned here carry
/// the document frequency and each segment's term state, so the query reuses them.
/// </summary>
public static class TermLookup
{
    /// <summary>A context for every given term that occurs in the field (terms that occur nowhere are left out).</summary>
    public static Dictionary<string, TermContext> Contexts(IndexReader reader, string field, IEnumerable<string> terms)
    {
        var sorted = terms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => (Text: t, Bytes: new BytesRef(t))).ToArray();
        var contexts = new Dictionary<string, TermContext>(sorted.Length, StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var fieldTerms = leaf.AtomicReader.GetTerms(field);
            if (fieldTerms is null)
            {
                continue;
            }

            var termsEnum = fieldTerms.GetEnumerator();
            foreach (var (text, bytes) in sorted)
            {
                if (!termsEnum.SeekExact(bytes))
                {
                    continue;
                }

                if (!contexts.TryGetValue(text, out var context))
                {
                    contexts[text] = context = new TermContext(reader.Context);
                }

                context.Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
            }
        }

        return contexts;
    }
}
