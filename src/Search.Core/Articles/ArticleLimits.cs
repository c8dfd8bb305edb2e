namespace Search.Core.Articles;

/// <summary>
/// The bounds of one article, the same for corpus lines and API bodies: <see cref="ArticleParser"/> refuses a
/// value over one with an error naming the field (a skipped, reported line in a corpus; a 400 from the API).
/// Lengths count UTF-16 characters, as the JSON is read. Each bound is generous for real news; together they keep
/// every exact-match Lucene term (id, section, author: at most 3 UTF-8 bytes a character) far under Lucene's
/// 32,766-byte term limit, which would otherwise fail the whole document and every build that replays it.
/// </summary>
public static class ArticleLimits
{
    /// <summary>Ids are URL path segments and Lucene terms (<see cref="ArticleId"/>): 200 covers any CMS slug or GUID.</summary>
    public const int MaxIdChars = 200;

    /// <summary>Long headlines run to a few hundred characters; 1,000 leaves room for a deck pasted into the title.</summary>
    public const int MaxTitleChars = 1_000;

    /// <summary>A standfirst or lede of a few paragraphs, even with a bullet list, is a few thousand characters.</summary>
    public const int MaxSummaryChars = 20_000;

    /// <summary>
    /// The corpus reader's line limit (<see cref="CorpusReader.MaxLineChars"/>), book length: a feature is tens of KB,
    /// and the body is analysed at index time, so this bounds the work of one article.
    /// </summary>
    public const int MaxBodyChars = 4 * 1024 * 1024;

    /// <summary>The practical URL limit of browsers, CDNs and sitemaps.</summary>
    public const int MaxUrlChars = 2_048;

    /// <summary>Section names are a word or a path of a few ("World / Europe / Nordics"); an exact filter term.</summary>
    public const int MaxSectionChars = 200;

    /// <summary>One byline name, with a role or agency ("Jane Doe, Moscow correspondent, Reuters"); an exact filter term.</summary>
    public const int MaxAuthorChars = 200;

    /// <summary>Large investigations credit a few dozen reporters.</summary>
    public const int MaxAuthors = 50;

    /// <summary>One tag is a keyword or a short phrase.</summary>
    public const int MaxTagChars = 200;

    /// <summary>CMSs tag a story with a handful to a few dozen keywords.</summary>
    public const int MaxTags = 100;

    /// <summary>A long photo essay or live blog carries a hundred or so pictures.</summary>
    public const int MaxImages = 200;

    /// <summary>One caption or one credit: a caption is a sentence or a paragraph.</summary>
    public const int MaxCaptionChars = 4_000;

    /// <summary>Editors pin a few stories; a list shows at most 20 (<c>RelatedOptions.MaxCount</c>).</summary>
    public const int MaxRelated = 100;
}
