using Search.Core.Articles;

namespace Search.Core.Entities;

/// <summary>
/// Finds the countries, places, organisations and people an article is about, with a weight for how
/// central each is. Runs once per article at index time, so it is one tokenizer pass with a trie
/// probe per token: no regular expressions, no per-name scans. Names are typed from evidence (titles,
/// organisation and place words, the name tables in <c>Data/</c>) and settled across the whole article;
/// a Title Case headline counts only for names the article holds.
/// </summary>
public sealed class EntityExtractor
{
    // Where a mention sits says how central it is: headline over lede, photo captions, then the rest.
    private const float TitleWeight = 3f;
    private const float LedeWeight = 2f;
    private const float BodyWeight = 1f;
    private const int LedeSentences = 2;

    private static readonly Lazy<EntityExtractor> Shared = new(() => new EntityExtractor(EntityCatalog.Build()));

    private readonly EntityDictionary _dictionary;

    internal EntityExtractor(EntityDictionary dictionary) => _dictionary = dictionary;

    /// <summary>The gazetteer and alias table, built once on first use; safe to share across threads.</summary>
    public static EntityExtractor Default => Shared.Value;

    /// <summary>
    /// Entities of <paramref name="article"/>, heaviest first. Photo credits count as body text and only
    /// for known names ("Kremlin/EYEPRESS"), so photographers do not become people of the story.
    /// </summary>
    public IReadOnlyList<ArticleEntity> Extract(Article article) => Extract(article, mentioned: null);

    /// <summary>
    /// As <see cref="Extract(Article)"/>, also adding to <paramref name="mentioned"/> the ids named in the
    /// text rather than only implied ("Russia" for a story that says only "Moscow"): what an evaluation scores.
    /// </summary>
    internal IReadOnlyList<ArticleEntity> Extract(Article article, ICollection<string>? mentioned)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Extract(
            article.Title,
            article.Summary,
            article.Body,
            article.Images.Select(i => i.Caption).OfType<string>(),
            article.Images.Select(i => i.Credit).OfType<string>(),
            mentioned);
    }

    /// <summary>Entities of an article given as its parts, heaviest first.</summary>
    public IReadOnlyList<ArticleEntity> Extract(string title, string? summary, string body, IEnumerable<string> captions)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(captions);
        return Extract(title, summary, body, captions, [], mentioned: null);
    }

    private IReadOnlyList<ArticleEntity> Extract(
        string title, string? summary, string body, IEnumerable<string> captions, IEnumerable<string> credits, ICollection<string>? mentioned)
    {
        var collector = new EntityCollector(_dictionary);
        if (EntityCollector.IsTitleCase(title))
        {
            collector.ScanHeadline(title, TitleWeight);
        }
        else
        {
            collector.Scan(title, TitleWeight);
        }

        collector.Scan(summary, LedeWeight);
        foreach (var caption in captions)
        {
            collector.Scan(caption, LedeWeight);
        }

        // Without a summary the first sentences of the body are the lede.
        var ledeSentences = string.IsNullOrWhiteSpace(summary) ? LedeSentences : 0;
        collector.Scan(body, BodyWeight, LedeWeight, ledeSentences);
        foreach (var credit in credits)
        {
            collector.Scan(credit, BodyWeight, knownOnly: true);
        }

        return collector.Result(mentioned);
    }
}
