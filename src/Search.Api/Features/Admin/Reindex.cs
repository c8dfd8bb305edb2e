using Mediator;
using Search.Core.Indexing;

namespace Search.Api.Features.Admin;

/// <summary>POST /api/admin/reindex: rebuild from the corpus (plus API writes) into a fresh generation, in the background.</summary>
public static class Reindex
{
    public sealed record Command : IRequest<Response>;

    public sealed record Response(string Status);

    public sealed class Handler(CorpusIndexer indexer, ILogger<Handler> logger) : IRequestHandler<Command, Response>
    {
        public ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            // Never dropped: a request made while a build runs gets a build that starts after it (writes or
            // corpus files changed just before the call are in it). The build outlives the request; searches
            // keep using the current generation until the swap.
            var started = indexer.RequestRebuild(ex => logger.LogError(ex, "Requested rebuild failed; the previous index keeps serving"));
            return ValueTask.FromResult(new Response(started ? "queued" : "joined"));
        }
    }
}
