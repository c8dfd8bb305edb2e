using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Core.Related;

/// <summary>
/// The reasons shown with a related story: the source's entities it shares (most telling first) and
/// the source's phrases and distinctive words it contains, as the source writes them ("Mount Cook",
/// "Kremlin", not "kremlin"): the phrases first, then the words they do not already show.
/// </summary>
internal sealed class ReasonBuilder(IndexReader reader, SourceProfile profile)
{
    private const int MaxEntities = 5;
    private const int MaxTerms = 6;
    private const int MaxPhrases = 3;
    private static readonly char[] SentenceBreaks = ['.', ',', '!', '?', ';', ':', '\n', '\r'];

    /// <param name="sharedPhrases">The source's phrases the article holds (indexes into <see cref="SourceProfile.Phrases"/>, heaviest first).</param>
    public RelatedReasons For(int doc, SignalContributions contributions, IReadOnlyList<int> sharedPhrases)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var atomic = leaf.AtomicReader;

        var candidateEntities = new Dictionary<string, float>(StringComparer.Ordinal);
        var values = atomic.GetBinaryDocValues(ArticleFields.EntityWeights);
        if (values is not null)
        {
            var bytes = new BytesRef();
            values.Get(local, bytes);
            EntityWeightsValue.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), candidateEntities);
        }

        var entities = profile.Entities
            .Where(e => candidateEntities.ContainsKey(e.Entity.Id))
            .OrderByDescending(e => e.Weight * candidateEntities[e.Entity.Id])
            .Take(MaxEntities)
            .Select(e => new SharedEntity(e.Entity.Id, e.Entity.Name, TypeName(e.Entity.Kind)))
            .ToArray();

        var names = entities.Select(e => e.Name.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        // A pair across a sentence's or a clause's end ("Cook. Rescuers", "Homenick, economy") counts as evidence but reads as none.
        var phrases = sharedPhrases
            .Select(p => profile.PhraseTexts[p])
            .Where(p => p.IndexOfAny(SentenceBreaks) < 0 && !names.Contains(p.ToLowerInvariant()))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxPhrases)
            .ToArray();
        var shown = phrases
            .SelectMany(p => p.Split([' ', ',', '-', '\'', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        var terms = profile.Terms
            .Where(t => Contains(atomic, t.Term, local) && !names.Contains(t.Surface.ToLowerInvariant()) && !shown.Contains(t.Surface.ToLowerInvariant()))
            .Take(MaxTerms - phrases.Length)
            .Select(t => t.Surface);
        return new RelatedReasons(entities, [.. phrases, .. terms], Round(contributions));
    }

    private static SignalContributions Round(SignalContributions c) =>
        new(MathF.Round(c.Text, 4), MathF.Round(c.Entities, 4), MathF.Round(c.Semantic, 4), MathF.Round(c.Time, 4));

    private static bool Contains(AtomicReader reader, string term, int doc)
    {
        var docs = reader.GetTermDocsEnum(new Term(ArticleFields.Text, term));
        return docs is not null && docs.Advance(doc) == doc;
    }

    private static string TypeName(EntityKind kind) => kind switch
    {
        EntityKind.Country => "country",
        EntityKind.Place => "place",
        EntityKind.Organisation => "organisation",
        _ => "person",
    };
}
