using Search.Core.Articles;
using Search.Core.Entities;

namespace Search.Core.Schema;

/// <summary>An article as the index holds it: the article and the entities extracted from it at index time.</summary>
public sealed record IndexedArticle(Article Article, IReadOnlyList<ArticleEntity> Entities);
