using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Core.Related;

/// <summary>
/// The reasons shown with a related story: the source's entities it shares (most telling first) and
/// the source's distinctive words it contains, as the source writes them ("Kremlin", not "kremlin").
/// </summary>
internal sealed class ReasonBuilder(IndexReader reader, SourceProfile profile)
{
    private const int MaxEntities = 5;
    private const int MaxTerms = 6;

    public RelatedReasons For(int doc, SignalContributions contributions)
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
        var terms = profile.Terms
            .Where(t => Contains(atomic, t.Term, local) && !names.Contains(t.Surface.ToLowerInvariant()))
            .Take(MaxTerms)
            .Select(t => t.Surface)
            .ToArray();
        return new RelatedReasons(entities, terms, Round(contributions));
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
