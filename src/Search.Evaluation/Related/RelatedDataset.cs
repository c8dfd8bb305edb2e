namespace Search.Evaluation.Related;

/// <summary>
/// One labeled set for the "More from" evaluation: its file under the data folder, which articles are
/// asked for related stories, how many by default, and whether exact duplicates of the query count as hits.
/// </summary>
public sealed record RelatedDataset(
    string Name,
    string FileName,
    Func<LabeledNewsArticle, bool> IsQuery,
    int DefaultSample,
    bool DuplicatesAreMisses)
{
    /// <summary>WikiRef220: the 185 articles of the 5 main topics; the 35 noise articles are indexed as distractors.</summary>
    public static RelatedDataset WikiRef { get; } = new("wikiref", "wikiref220.jsonl.gz", a => !a.IsNoiseTopic && a.Labels.Count > 0, 0, false);

    /// <summary>Reuters-21578: a seeded sample of the articles with at least one topic; a hit shares a topic.</summary>
    public static RelatedDataset Reuters { get; } = new("reuters", "reuters-21578.jsonl.gz", a => a.Labels.Count > 0, 1_000, false);

    /// <summary>BBC: every article; a hit is in the same section and is not one of the 98 exact duplicates of the query.</summary>
    public static RelatedDataset Bbc { get; } = new("bbc", "bbc-news.jsonl.gz", a => a.Labels.Count > 0, 0, true);

    public static IReadOnlyList<RelatedDataset> All { get; } = [WikiRef, Reuters, Bbc];

    public static RelatedDataset? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A hit shares at least one label with the query (and, where duplicates are misses, is not the query again).</summary>
    public bool IsHit(LabeledNewsArticle query, LabeledNewsArticle result) =>
        query.Labels.Overlaps(result.Labels)
        && !(DuplicatesAreMisses && string.Equals(query.ContentKey, result.ContentKey, StringComparison.Ordinal));
}
