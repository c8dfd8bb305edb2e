using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Features.Admin;
using Search.Api.Features.Articles;
using Search.Api.Infrastructure;
using Search.Core.Articles;

namespace Search.Api.Endpoints;

/// <summary>The authenticated write API: publish, correct and take down articles, and rebuild the index.</summary>
public static class WriteEndpoints
{
    public static IEndpointRouteBuilder MapWriteEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Writes").AddEndpointFilter<ApiKeyFilter>();

        api.MapPut("/articles/{id}", Put)
            .WithName("PutArticle")
            .WithSummary("Insert or replace an article (corpus JSON; the id in the path wins). Searchable when it returns.")
            .Accepts<ArticleLine>("application/json");

        api.MapDelete("/articles/{id}", Delete)
            .WithName("DeleteArticle")
            .WithSummary("Remove an article from search and related lists.");

        api.MapPost("/admin/reindex", Reindex)
            .WithName("Reindex")
            .WithSummary("Rebuild the index from the corpus and API writes into a fresh generation; searches keep being served.");

        return app;
    }

    private static async Task<Results<Ok<PutArticle.Response>, Created<PutArticle.Response>, ValidationProblem, ProblemHttpResult>> Put(
        IMediator mediator, string id, HttpRequest request, CancellationToken cancel)
    {
        var json = await BoundedBody.ReadAsync(request, BoundedBody.ArticleLimitBytes, cancel);
        if (json is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"An article body may be at most {BoundedBody.ArticleLimitBytes} bytes.");
        }

        if (!ArticleParser.TryParse(WithPathId(json, id), out var article, out var error))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [error!.Field ?? "$"] = [error.Message] }, title: "The article is not valid.");
        }

        var response = await mediator.Send(new PutArticle.Command(article!), cancel);
        return response.Created ? TypedResults.Created($"/api/articles/{Uri.EscapeDataString(response.Id)}", response) : TypedResults.Ok(response);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(IMediator mediator, string id, CancellationToken cancel) =>
        await mediator.Send(new DeleteArticle.Command(id), cancel) ? TypedResults.NoContent() : SearchEndpoints.NotFound(id);

    private static async Task<Accepted<Reindex.Response>> Reindex(IMediator mediator, CancellationToken cancel) =>
        TypedResults.Accepted("/health/ready", await mediator.Send(new Reindex.Command(), cancel));

    /// <summary>The path names the article: its id replaces (or supplies) the body's.</summary>
    private static string WithPathId(string json, string id)
    {
        try
        {
            if (System.Text.Json.Nodes.JsonNode.Parse(json) is System.Text.Json.Nodes.JsonObject body)
            {
                body["id"] = id;
                return body.ToJsonString();
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Left as it is: the parser reports the broken JSON.
        }

        return json;
    }
}
