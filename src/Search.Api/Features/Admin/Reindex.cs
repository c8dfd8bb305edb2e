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
            if (indexer.IsBuilding)
            {
                return ValueTask.FromResult(new Response("already-running"));
            }

            // The build outlives the request: searches keep using the current generation until the swap.
            _ = Task.Run(async () =>
            {
                try
                {
                    await indexer.EnsureCurrentAsync(force: true, CancellationToken.None);
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Requested rebuild failed; the previous index keeps serving");
                }
            }, CancellationToken.None);
            return ValueTask.FromResult(new Response("started"));
        }
    }
}
