using Microsoft.AspNetCore.Diagnostics;
using Search.Core.Indexing;
using Search.Core.Replication;

namespace Search.Api.Infrastructure;

/// <summary>
/// Every unhandled error leaves as ProblemDetails without internals: 503 while the index is not built or a read hit a
/// damaged index (the store sets it aside and heals), 507 when a write could not be recorded for a full disk, 503 for
/// another storage failure or a write the replicated stream could not take (or this replica did not apply in time), 500 otherwise.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, IndexStore store, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            IndexNotReadyException => (StatusCodes.Status503ServiceUnavailable, "The index is still being built; try again shortly."),
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read."),
            JournalWriteException { DiskFull: true } => (StatusCodes.Status507InsufficientStorage, "The server's disk is full: the write was not recorded. Try again later."),
            JournalWriteException => (StatusCodes.Status503ServiceUnavailable, "The write could not be recorded durably; nothing was changed. Try again later."),
            ReplicationUnavailableException { Recorded: true } => (StatusCodes.Status503ServiceUnavailable, "The write is stored but not yet searchable on this replica; retrying it is safe."),
            ReplicationUnavailableException => (StatusCodes.Status503ServiceUnavailable, "Writes cannot reach the replicated write log; nothing was changed. Try again shortly."),
            _ when store.ReportCorruption(exception) => (StatusCodes.Status503ServiceUnavailable, "The index was found damaged and is being recovered; try again shortly."),
            IOException => (StatusCodes.Status503ServiceUnavailable, "Storage failed while handling the request; try again shortly."),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred."),
        };
        if (exception is ReplicationUnavailableException)
        {
            // Expected while NATS is away; the follower logs the connection's state, so no stack trace per request.
            logger.LogWarning("Write refused for {Path}: {Reason}", httpContext.Request.Path, exception.Message);
        }
        else if (status >= 500 && exception is not IndexNotReadyException)
        {
            logger.LogError(exception, "Unhandled error for {Path}", httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title },
        });
    }
}
