using Mediator;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;

namespace Search.Api.Features.Articles;

/// <summary>GET /api/articles/{id}: the article as indexed, with its entities.</summary>
public static class GetArticle
{
    public sealed record Query(string Id) : IRequest<Response?>;

    public sealed record Response(
        string Id,
        string Title,
        string Body,
        string? Url,
        string? Section,
        IReadOnlyList<string> Authors,
        DateTimeOffset? PublishedAt,
        string? Summary,
        IReadOnlyList<ArticleImage> Images,
        IReadOnlyList<string> Tags,
        IReadOnlyList<string> Related,
        bool ExcludeFromRelated,
        IReadOnlyList<ArticleEntity> Entities);

    public sealed class Handler(ArticleLookup articles) : IRequestHandler<Query, Response?>
    {
        public ValueTask<Response?> Handle(Query query, CancellationToken cancellationToken)
        {
            var found = articles.Find(query.Id);
            if (found is null)
            {
                return ValueTask.FromResult<Response?>(null);
            }

            var a = found.Article;
            return ValueTask.FromResult<Response?>(new Response(
                a.Id, a.Title, a.Body, a.Url, a.Section, a.Authors, a.PublishedAt, a.Summary, a.Images, a.Tags, a.Related, a.ExcludeFromRelated, found.Entities));
        }
    }
}
