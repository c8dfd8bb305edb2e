using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Core.Related;

/// <summary>
/// The re-rank: reads each candidate's entity weights, date and content hash from doc values, drops
/// near-duplicates of the source, blends the signals, then picks greedily so that versions of one
/// story (near-identical text or headline) do not crowd the list.
/// </summary>
internal sealed class CandidateScorer(IndexReader reader, SourceProfile profile, RelatedOptions options)
{
    private const double MillisPerDay = 86_400_000d;

    public IReadOnlyList<Candidate> Rank(IEnumerable<Candidate> candidates)
    {
        var ranked = RelatedBlend.Rank(Measure(candidates).OrderBy(c => c.Doc), c => c.Signals, options, RelatedOptions.MaxCount);
        foreach (var (candidate, score, contributions) in ranked)
        {
            candidate.Score = score;
            candidate.Contributions = contributions;
        }

        return ranked.Select(r => r.Item).ToList();
    }

    /// <summary>Reads what the re-rank needs from doc values, drops near-duplicates of the source, and puts every signal on a 0-1 scale.</summary>
    public List<Candidate> Measure(IEnumerable<Candidate> candidates)
    {
        var entities = MultiDocValues.GetBinaryValues(reader, ArticleFields.EntityWeights);
        var dates = MultiDocValues.GetNumericValues(reader, ArticleFields.PublishedSort);
        var hashes = MultiDocValues.GetNumericValues(reader, ArticleFields.ContentHash);
        var years = MultiDocValues.GetBinaryValues(reader, ArticleFields.NamedYears);
        var bytes = new BytesRef();
        var pool = new List<Candidate>();
        var maxText = 0f;
        foreach (var candidate in candidates)
        {
            candidate.Hash = hashes?.Get(candidate.Doc) ?? 0;
            if (hashes is not null && ContentSimHash.Distance(candidate.Hash, profile.Hash) <= ContentSimHash.DuplicateDistance)
            {
                continue; // the same story again (syndicated copy): never "related" to itself
            }

            if (entities is not null)
            {
                entities.Get(candidate.Doc, bytes);
                EntityWeightsValue.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), candidate.Entities);
            }

            candidate.EntityOverlap = Overlap(candidate.Entities);
            candidate.Recency = Recency(dates?.Get(candidate.Doc));
            if (years is not null)
            {
                years.Get(candidate.Doc, bytes);
                candidate.Years = NamedYears.Agreement(profile.Years, bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
            }

            maxText = Math.Max(maxText, candidate.TextScore);
            pool.Add(candidate);
        }

        // Relative to the idf of the rarest possible name, which grows with the log of the index size,
        // so a nine-article index and a million-article one read "one rare name in common" alike.
        var saturation = options.EntitySaturation * SourceProfile.Idf(Math.Max(2, reader.NumDocs), 1);
        var maxTitle = pool.Count == 0 ? 0f : pool.Max(c => c.TitleScore);
        var maxCosine = pool.Count == 0 ? 0f : pool.Max(c => c.Cosine);
        var maxPhrases = pool.Count == 0 ? 0f : pool.Max(c => c.Phrases);
        foreach (var candidate in pool)
        {
            candidate.Signals = new CandidateSignals(
                // Text and headline are scaled to the best candidate's, so the blend weights mean the same on any corpus.
                maxText > 0 ? candidate.TextScore / maxText : 0f,
                maxCosine > 0 ? candidate.Cosine / maxCosine : 0f,
                maxTitle > 0 ? candidate.TitleScore / maxTitle : 0f,
                // Entities are not: sharing only a common country is weak evidence even when it is the best there is,
                // while one central, rare name in common is strong. Saturating keeps many shared names from running away.
                1f - MathF.Exp(-candidate.EntityOverlap / saturation),
                Math.Max(0f, candidate.Semantic),
                candidate.Recency,
                candidate.Hash,
                maxPhrases > 0 ? candidate.Phrases / maxPhrases : 0f,
                candidate.Years);
        }

        return pool;
    }

    /// <summary>The source's entity mass (centrality × rarity) that the candidate also carries, scaled by how central it is there.</summary>
    private float Overlap(Dictionary<string, float> candidateEntities)
    {
        if (profile.Entities.Count == 0 || candidateEntities.Count == 0)
        {
            return 0f;
        }

        var shared = 0f;
        foreach (var (entity, weight) in profile.Entities)
        {
            if (candidateEntities.TryGetValue(entity.Id, out var there))
            {
                shared += weight * MathF.Sqrt(there);
            }
        }

        return shared;
    }

    private float Recency(long? published)
    {
        if (profile.Published is not { } source || published is not { } other || other == 0 || source == 0)
        {
            return 0.5f; // undated: neither favoured nor punished
        }

        var days = Math.Abs(source - other) / MillisPerDay;
        return (float)Math.Pow(0.5, days / options.RecencyHalfLifeDays);
    }
}
