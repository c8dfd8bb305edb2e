using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Infrastructure;
using Search.Core.Articles;
using Search.Core.Indexing;

namespace Search.Api.Features.Articles;

/// <summary>PUT /api/articles/{id}: insert or replace one article (the CMS publishing or correcting a story). Needs the API key.</summary>
public static class PutArticle
{
    /// <summary>The largest article body accepted (a long feature with captions is a few tens of KB).</summary>
    public const int MaxBodyBytes = 1 << 20;

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder api) =>
        api.MapPut("/articles/{id}", Put)
            .WithName("PutArticle")
            .WithSummary("Insert or replace an article (corpus JSON; the id in the path wins). Searchable when it returns.")
            .WithTags("Writes")
            .Accepts<ArticleLine>("application/json")
            .AddEndpointFilter<ApiKeyFilter>();

    public static async Task<Results<Ok<Response>, Created<Response>, ValidationProblem, ProblemHttpResult>> Put(
        IMediator mediator, string id, HttpRequest request, CancellationToken cancel)
    {
        if (await BoundedBody.ReadAsync(request, MaxBodyBytes, cancel) is not { } json)
        {
            return ApiProblems.BodyTooLarge(MaxBodyBytes);
        }

        // The path names the article: its id replaces (or supplies) the body's before validation.
        if (!ArticleParser.TryRead(json, out var line, out var error) || !ArticleParser.TryValidate(line with { Id = id }, out var article, out error))
        {
            return ApiProblems.Invalid(error!.Field ?? "$", error.Message, title: "The article is not valid.");
        }

        var response = await mediator.Send(new Command(article!), cancel);
        return response.Created ? TypedResults.Created($"/api/articles/{Uri.EscapeDataString(response.Id)}", response) : TypedResults.Ok(response);
    }

    public sealed record Command(Article Article) : IRequest<Response>;

    public sealed record Response(string Id, bool Created);

    public sealed class Handler(IArticleWriter writer, ArticleLookup articles) : IRequestHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            var existed = articles.Find(command.Article.Id) is not null;
            await writer.PutAsync(command.Article, cancellationToken);
            return new Response(command.Article.Id, !existed);
        }
    }
}
