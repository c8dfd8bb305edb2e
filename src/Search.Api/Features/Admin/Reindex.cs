using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Infrastructure;
using Search.Core.Indexing;

namespace Search.Api.Features.Admin;

/// <summary>POST /api/admin/reindex: rebuild from the corpus (plus API writes) into a fresh generation, in the background. Needs the API key.</summary>
public static class Reindex
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder api) =>
        api.MapPost("/admin/reindex", Post)
            .WithName("Reindex")
            .WithSummary("Rebuild the index from the corpus and API writes into a fresh generation; searches keep being served.")
            .WithTags("Writes")
            .AddEndpointFilter<ApiKeyFilter>();

    /// <summary>202 pointing at /health/ready, whose build time changes when the new generation is served.</summary>
    public static async Task<Accepted<Response>> Post(IMediator mediator, CancellationToken cancel) =>
        TypedResults.Accepted("/health/ready", await mediator.Send(new Command(), cancel));

    public sealed record Command : IRequest<Response>;

    public sealed record Response(string Status);

    public sealed class Handler(IArticleWriter writer, ILogger<Handler> logger) : IRequestHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            // Never dropped: a request made while a build runs gets a build that starts after it (writes or
            // corpus files changed just before the call are in it). The build outlives the request; searches
            // keep using the current generation until the swap. Replicas each rebuild when the request reaches them.
            var started = await writer.RequestRebuildAsync(ex => logger.LogError(ex, "Requested rebuild failed; the previous index keeps serving"), cancellationToken);
            return new Response(started ? "queued" : "joined");
        }
    }
}
