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

    /// <summary>Bits apart under which two candidates count as versions of one story for diversity.</summary>
    private const int SameStoryDistance = 12;

    public IReadOnlyList<Candidate> Rank(IEnumerable<Candidate> candidates, string sourceTitle)
    {
        var entities = MultiDocValues.GetBinaryValues(reader, ArticleFields.EntityWeights);
        var dates = MultiDocValues.GetNumericValues(reader, ArticleFields.PublishedSort);
        var hashes = MultiDocValues.GetNumericValues(reader, ArticleFields.ContentHash);
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
            maxText = Math.Max(maxText, candidate.TextScore);
            pool.Add(candidate);
        }

        // Relative to the idf of the rarest possible name, which grows with the log of the index size,
        // so a nine-article index and a million-article one read "one rare name in common" alike.
        var saturation = options.EntitySaturation * SourceProfile.Idf(Math.Max(2, reader.NumDocs), 1);
        var maxTitle = pool.Count == 0 ? 0f : pool.Max(c => c.TitleScore);
        foreach (var candidate in pool)
        {
            // Text is scaled to the best candidate's, so the blend weights mean the same on any corpus.
            var text = maxText > 0 ? candidate.TextScore / maxText : 0f;
            var title = maxTitle > 0 ? candidate.TitleScore / maxTitle : 0f;
            // Entities are not: sharing only a common country is weak evidence even when it is the best there is,
            // while one central, rare name in common is strong. Saturating keeps many shared names from running away.
            var entity = 1f - MathF.Exp(-candidate.EntityOverlap / saturation);
            var semantic = Math.Max(0f, candidate.Semantic);
            var wording = options.TextWeight * text + options.TitleWeight * title;
            var names = options.EntityWeight * entity;
            var meaning = options.SemanticWeight * semantic;
            var topical = wording + names + meaning;
            var time = 1 - options.RecencyWeight + options.RecencyWeight * candidate.Recency;
            candidate.Score = topical * time;
            candidate.Contributions = new SignalContributions(wording * time, names * time, meaning * time, topical * (time - 1));
        }

        return Diversify(pool.Where(c => c.Score > 0).OrderByDescending(c => c.Score).ThenBy(c => c.Doc).ToList());
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

    private List<Candidate> Diversify(List<Candidate> ranked)
    {
        var picked = new List<Candidate>(ranked.Count);
        var remaining = new List<Candidate>(ranked);
        while (remaining.Count > 0)
        {
            Candidate? best = null;
            var bestScore = float.MinValue;
            foreach (var candidate in remaining)
            {
                var redundant = picked.Any(p => ContentSimHash.Distance(p.Hash, candidate.Hash) <= SameStoryDistance);
                var score = redundant ? candidate.Score * options.RedundancyPenalty : candidate.Score;
                if (score > bestScore)
                {
                    best = candidate;
                    bestScore = score;
                }
            }

            remaining.Remove(best!);
            best!.Score = bestScore;
            picked.Add(best);
            if (picked.Count >= RelatedOptions.MaxCount)
            {
                break;
            }
        }

        return picked;
    }
}
