using System.Text.Json.Serialization;
using Search.Core.Articles;
using Search.Core.Entities;

namespace Search.Core.Schema;

/// <summary>An article as the index holds it: the article and the entities extracted from it at index time.</summary>
public sealed record IndexedArticle(Article Article, IReadOnlyList<ArticleEntity> Entities)
{
    /// <summary>
    /// The stored form of the article's sentence embedding (QuantizedEmbedding), computed by
    /// <see cref="ArticleDocumentBuilder.Prepare"/> when semantic indexing is on; kept in doc values, not in the stored JSON.
    /// </summary>
    [JsonIgnore]
    public byte[]? Embedding { get; init; }
}
