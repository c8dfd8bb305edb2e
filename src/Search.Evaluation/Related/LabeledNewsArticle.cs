using Search.Core.Articles;

namespace Search.Evaluation.Related;

/// <summary>
/// One record of a labeled set as the engine sees it, with its ground truth: the labels a hit must share
/// (Reuters topic codes, a BBC section, a WikiRef topic, an ECB+ event, a synthetic story thread) and
/// whether it is only a distractor, indexed but never asked for related stories (WikiRef's noise topics,
/// a synthetic thread of one article: nothing to find).
/// </summary>
public sealed record LabeledNewsArticle(Article Article, IReadOnlySet<string> Labels, bool IsDistractor)
{
    /// <summary>
    /// The kind of event the labels belong to, where a set gives one (ECB+: each topic holds two different
    /// events of one kind). A result of the query's topic that is not a hit is a confusion; null elsewhere.
    /// </summary>
    public string? Topic { get; init; }

    /// <summary>Headline and body as given: two records with the same key are exact duplicates.</summary>
    public string ContentKey => Article.Title + "\n\n" + Article.Body;
}
