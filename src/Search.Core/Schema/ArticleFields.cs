namespace Search.Core.Schema;

/// <summary>
/// The index schema: every field name in one place. Each constant says how the field is
/// indexed and why; <see cref="ArticleDocumentBuilder"/> is the only code that writes them.
/// </summary>
public static class ArticleFields
{
    /// <summary>Exact, stored: the key for insert-or-replace (UpdateDocument) and for lookups by id.</summary>
    public const string Id = "id";

    /// <summary>Analyzed, not stored: headline terms, boosted in search and weighted in related.</summary>
    public const string Title = "title";

    /// <summary>
    /// Analyzed, not stored: title, summary, body, captions and credits in one field. BM25 over the
    /// whole article in one field ranks better than a sum of per-field BM25s (Anserini "flat" vs
    /// "multifield" on BEIR); the title field adds the headline boost on top.
    /// </summary>
    public const string Text = "text";

    /// <summary>Analyzed, not stored: photo captions and credits, so "EYEPRESS" finds the piece and can be boosted.</summary>
    public const string Captions = "captions";

    /// <summary>Analyzed, not stored: display names of the article's entities ("Vladimir Putin"), searchable text.</summary>
    public const string EntityNames = "entity_names";

    /// <summary>
    /// Unstemmed words, document frequencies only (no positions, no norms): the vocabulary for
    /// prefix suggestions and "did you mean", so what is offered back is a real word.
    /// </summary>
    public const string Words = "words";

    /// <summary>Exact, lower-cased: the section filter term.</summary>
    public const string Section = "section";

    /// <summary>Sorted doc values with the section as written: section facet counts without stored-field loads.</summary>
    public const string SectionFacet = "section_dv";

    /// <summary>Exact, lower-cased, one term per author: the author filter.</summary>
    public const string Author = "author";

    /// <summary>Exact, one term per canonical entity id ("country:rus"): the entity filter and related candidates.</summary>
    public const string Entity = "entity";

    /// <summary>Sorted-set doc values of "id, unit separator, display name": entity facet counts and labels over all matches.</summary>
    public const string EntityFacet = "entity_dv";

    /// <summary>
    /// Exact terms "lower-cased name from each word on, unit separator, entity facet value": prefix
    /// completion of entity names from their first word or a later one ("putin" → Vladimir Putin).
    /// </summary>
    public const string EntitySuggest = "entity_suggest";

    /// <summary>Numeric (ms since epoch), indexed: date-range filters, and newest-first order (uninverted into memory per segment).</summary>
    public const string Published = "published";

    /// <summary>Numeric doc values (ms since epoch): the recency of related candidates without stored-field loads.</summary>
    public const string PublishedSort = "published_dv";

    /// <summary>
    /// Binary doc values "id:weight" of every entity: the related re-rank reads a candidate's weighted
    /// entities straight from doc values, without loading or parsing its stored article.
    /// </summary>
    public const string EntityWeights = "entities_dv";

    /// <summary>Numeric doc values: a 64-bit SimHash of the article's words, to spot near-duplicates (the same story syndicated twice).</summary>
    public const string ContentHash = "simhash_dv";

    /// <summary>
    /// Binary doc values: the article's sentence embedding, quantised to a byte per dimension (QuantizedEmbedding).
    /// Doc-valued, not stored, because the related re-rank and the nearest-neighbour scan read it for every
    /// candidate or every document, by doc id, without loading and parsing stored fields; absent when semantic
    /// indexing is off.
    /// </summary>
    public const string Embedding = "embedding_dv";

    /// <summary>
    /// Numeric doc values: the length of the article's term vector over <see cref="Text"/>, √Σ(1 + ln tf)² (float bits), the
    /// denominator of the related re-rank's cosine (TextVector).
    /// </summary>
    public const string TextVectorLength = "text_length_dv";

    /// <summary>
    /// Binary doc values: the years the article names (NamedYears), one byte each: the related re-rank's evidence of when a
    /// story happened where dates say nothing (an undated archive, two events of one kind years apart).
    /// </summary>
    public const string NamedYears = "years_dv";

    /// <summary>Exact marker "1" for articles editors excluded from related lists.</summary>
    public const string ExcludedFromRelated = "excluded";

    /// <summary>Stored only: the article JSON with its entities, the source of hits, snippets and GET /articles/{id}.</summary>
    public const string Source = "source";
}
