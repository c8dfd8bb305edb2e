using System.Text;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Semantics;

namespace Search.Core.Schema;

/// <summary>Turns an article into its Lucene document: the only writer of <see cref="ArticleFields"/>.</summary>
/// <param name="embedder">Embeds each article for <see cref="ArticleFields.Embedding"/>; null indexes no embeddings.</param>
public sealed class ArticleDocumentBuilder(Func<Article, IReadOnlyList<ArticleEntity>> extractEntities, ArticleEmbedder? embedder = null)
{
    // Vocabulary field: only which documents hold a word matters (suggestions, did-you-mean).
    private static readonly FieldType WordsType = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    /// <summary>The costly, per-article work (entities, the embedding), done on the indexing threads.</summary>
    // Analyzers reuse their token streams per thread, so the indexing threads can share this one.
    private readonly Analyzer _analyzer = AnalyzerFactory.CreateIndexAnalyzer();

    public IndexedArticle Prepare(Article article) => new(article, extractEntities(article)) { Embedding = embedder?.Embed(article) };

    public Document Build(IndexedArticle indexed)
    {
        var (article, entities) = indexed;
        var doc = new Document
        {
            new StringField(ArticleFields.Id, article.Id, Field.Store.YES),
            new TextField(ArticleFields.Title, article.Title, Field.Store.NO),
        };

        var captions = CaptionText(article);
        var text = FullText(article, captions);
        doc.Add(new TextField(ArticleFields.Text, text, Field.Store.NO));
        doc.Add(new NumericDocValuesField(ArticleFields.TextVectorLength, BitConverter.SingleToInt32Bits(TextVector.Length(_analyzer, text))));
        if (captions.Length > 0)
        {
            doc.Add(new TextField(ArticleFields.Captions, captions, Field.Store.NO));
        }

        doc.Add(new Field(ArticleFields.Words, WordsText(article, captions, entities), WordsType));

        if (!string.IsNullOrWhiteSpace(article.Section))
        {
            doc.Add(new StringField(ArticleFields.Section, Normalize(article.Section), Field.Store.NO));
            doc.Add(new SortedDocValuesField(ArticleFields.SectionFacet, new BytesRef(article.Section.Trim())));
        }

        foreach (var author in article.Authors.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            doc.Add(new StringField(ArticleFields.Author, Normalize(author), Field.Store.NO));
        }

        if (entities.Count > 0)
        {
            doc.Add(new TextField(ArticleFields.EntityNames, string.Join(". ", entities.Select(e => e.Name)), Field.Store.NO));
            foreach (var entity in entities)
            {
                doc.Add(new StringField(ArticleFields.Entity, entity.Id, Field.Store.NO));
                var facetValue = EntityFacetValue.Format(entity);
                doc.Add(new SortedSetDocValuesField(ArticleFields.EntityFacet, new BytesRef(facetValue)));
                foreach (var key in EntityFacetValue.SuggestKeys(entity.Name))
                {
                    doc.Add(new StringField(ArticleFields.EntitySuggest, key + EntityFacetValue.Separator + facetValue, Field.Store.NO));
                }
            }
        }

        doc.Add(new BinaryDocValuesField(ArticleFields.EntityWeights, new BytesRef(EntityWeightsValue.Encode(entities))));
        doc.Add(new BinaryDocValuesField(ArticleFields.NamedYears, new BytesRef(NamedYears.Extract(article))));
        doc.Add(new NumericDocValuesField(ArticleFields.ContentHash, ContentSimHash.Compute(article.Body)));
        if (indexed.Embedding is { } embedding)
        {
            doc.Add(new BinaryDocValuesField(ArticleFields.Embedding, new BytesRef(embedding)));
        }

        var published = article.PublishedAt?.ToUnixTimeMilliseconds() ?? 0L;
        doc.Add(new Int64Field(ArticleFields.Published, published, Field.Store.NO));
        doc.Add(new NumericDocValuesField(ArticleFields.PublishedSort, published));

        if (article.ExcludeFromRelated)
        {
            doc.Add(new StringField(ArticleFields.ExcludedFromRelated, "1", Field.Store.NO));
        }

        doc.Add(new StoredField(ArticleFields.Source, JsonSerializer.SerializeToUtf8Bytes(indexed, ArticleJson.Options)));
        return doc;
    }

    /// <summary>Reads back what <see cref="Build"/> stored.</summary>
    public static IndexedArticle ReadStored(Document doc)
    {
        var bytes = doc.GetBinaryValue(ArticleFields.Source);
        return JsonSerializer.Deserialize<IndexedArticle>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), ArticleJson.Options)
            ?? throw new InvalidDataException("A stored article could not be read.");
    }

    /// <summary>
    /// Reads back only the article of what <see cref="Build"/> stored, for result pages: its entities are skipped
    /// in the JSON instead of built into objects no hit shows.
    /// </summary>
    public static Article ReadStoredArticle(Document doc)
    {
        var bytes = doc.GetBinaryValue(ArticleFields.Source);
        return JsonSerializer.Deserialize<StoredArticle>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), ArticleJson.Options)?.Article
            ?? throw new InvalidDataException("A stored article could not be read.");
    }

    /// <summary>The part of the stored <see cref="IndexedArticle"/> JSON a result page reads.</summary>
    private sealed record StoredArticle(Article Article);

    /// <summary>The lower-cased, trimmed form used for exact filter terms (section, author).</summary>
    public static string Normalize(string value) => value.Trim().ToLowerInvariant();

    /// <summary>The summary, unless it is missing or the body opens with it (many CMSs repeat the lede as the summary).</summary>
    internal static string? SeparateSummary(Article article) =>
        string.IsNullOrWhiteSpace(article.Summary) || article.Body.StartsWith(article.Summary, StringComparison.Ordinal) ? null : article.Summary;

    internal static string CaptionText(Article article) =>
        string.Join("\n", article.Images.SelectMany(i => new[] { i.Caption, i.Credit }).Where(s => !string.IsNullOrWhiteSpace(s)));

    internal static string FullText(Article article, string captions)
    {
        var text = new StringBuilder(article.Title.Length + article.Body.Length + 512);
        text.Append(article.Title).Append("\n\n");
        if (SeparateSummary(article) is { } summary)
        {
            text.Append(summary).Append("\n\n");
        }

        text.Append(article.Body);
        if (captions.Length > 0)
        {
            text.Append("\n\n").Append(captions);
        }

        return text.ToString();
    }

    private static string WordsText(Article article, string captions, IReadOnlyList<ArticleEntity> entities) =>
        string.Join("\n", new[] { article.Title, article.Summary, Opening(article.Body), captions }.Concat(entities.Select(e => e.Name)).Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>The first paragraphs of the body: enough vocabulary for suggestions and spelling at a fraction of the analysis cost.</summary>
    private static string Opening(string body) => body.Length <= 1_500 ? body : body[..1_500];

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
