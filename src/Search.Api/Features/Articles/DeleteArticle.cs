using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Infrastructure;
using Search.Core.Indexing;

namespace Search.Api.Features.Articles;

/// <summary>DELETE /api/articles/{id}: take a story down from search and related lists. Needs the API key.</summary>
public static class DeleteArticle
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/articles/{id}", Delete)
            .WithName("DeleteArticle")
            .WithSummary("Remove an article from search and related lists.")
            .WithTags("Writes")
            .AddEndpointFilter<ApiKeyFilter>();

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(IMediator mediator, string id, CancellationToken cancel) =>
        (await mediator.Send(new Command(id), cancel)).Deleted ? TypedResults.NoContent() : ApiProblems.ArticleNotFound(id);

    public sealed record Command(string Id) : IRequest<Response>;

    /// <summary>False when no article had the id.</summary>
    public sealed record Response(bool Deleted);

    public sealed class Handler(IArticleWriter writer) : IRequestHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken) =>
            new(await writer.DeleteAsync(command.Id, cancellationToken));
    }
}
