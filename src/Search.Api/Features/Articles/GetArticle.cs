using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Infrastructure;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;

namespace Search.Api.Features.Articles;

/// <summary>GET /api/articles/{id}: the article as indexed, with its entities.</summary>
public static class GetArticle
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder api) =>
        api.MapGet("/articles/{id}", Get)
            .WithName("GetArticle")
            .WithSummary("One article with its extracted entities.")
            .WithTags("Articles");

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Get(IMediator mediator, string id, CancellationToken cancel) =>
        await mediator.Send(new Query(id), cancel) is { } article
            ? TypedResults.Ok(article)
            : ApiProblems.ArticleNotFound(id);

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
            if (articles.Find(query.Id) is not { } found)
            {
                return ValueTask.FromResult<Response?>(null);
            }

            var a = found.Article;
            return ValueTask.FromResult<Response?>(new Response(
                a.Id, a.Title, a.Body, a.Url, a.Section, a.Authors, a.PublishedAt, a.Summary, a.Images, a.Tags, a.Related, a.ExcludeFromRelated, found.Entities));
        }
    }
}
