namespace Search.Api.Hosting;

/// <summary>
/// Security headers for every response, and a strict Content-Security-Policy for HTML pages: scripts
/// and styles only from this host (the page has no inline script or style), and only this host may
/// frame the page. The widget script itself carries no CSP: it runs under the publisher's page.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    internal const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var response = ((HttpContext)state).Response;
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.ContentSecurityPolicy = PagePolicy;
                // For browsers that predate frame-ancestors.
                headers.XFrameOptions = "SAMEORIGIN";
            }

            return Task.CompletedTask;
        }, context);

        return next(context);
    }
}
