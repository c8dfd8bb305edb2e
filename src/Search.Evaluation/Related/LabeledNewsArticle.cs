using Search.Core.Articles;

namespace Search.Evaluation.Related;

/// <summary>
/// One record of a labeled news set as the engine sees it, with its ground-truth labels (Reuters topic
/// codes, a BBC section, a WikiRef topic) and whether the set calls its topic noise (WikiRef's small topics).
/// </summary>
public sealed record LabeledNewsArticle(Article Article, IReadOnlySet<string> Labels, bool IsNoiseTopic)
{
    /// <summary>Headline and body as given: two records with the same key are exact duplicates.</summary>
    public string ContentKey => Article.Title + "\n\n" + Article.Body;
}
