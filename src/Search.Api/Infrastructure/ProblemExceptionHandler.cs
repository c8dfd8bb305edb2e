using Microsoft.AspNetCore.Diagnostics;
using Search.Core.Indexing;

namespace Search.Api.Infrastructure;

/// <summary>Every unhandled error leaves as ProblemDetails without internals: 503 while the index is not built, 500 otherwise.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            IndexNotReadyException => (StatusCodes.Status503ServiceUnavailable, "The index is still being built; try again shortly."),
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read."),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred."),
        };
        if (status >= 500 && exception is not IndexNotReadyException)
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
