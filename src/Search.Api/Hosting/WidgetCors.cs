using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Search.Api.Hosting;

/// <summary>
/// The one CORS policy: configured publisher origins may GET the endpoints the widget and a
/// publisher's own search box need, and nothing else (writes, admin and health stay same-origin).
/// Endpoints are matched by their OpenAPI names, so a route change cannot silently widen the policy.
/// </summary>
internal static class WidgetCors
{
    public const string PolicyName = "PublisherWidget";

    private static readonly HashSet<string> ReadEndpoints = new(StringComparer.Ordinal)
    {
        "SearchArticles", "Suggest", "GetArticle", "RelatedArticles",
    };

    public static void AddPolicy(CorsOptions cors, IOptions<SearchHostOptions> origins) =>
        cors.AddPolicy(PolicyName, policy => policy
            .WithOrigins([.. origins.Value.NormalisedOrigins()])
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .SetPreflightMaxAge(TimeSpan.FromHours(1)));

    /// <summary>
    /// The answer differs by Origin even when the policy lists one origin (ASP.NET only varies for
    /// several): without this a shared cache could hand a header-less copy to an allowed publisher.
    /// </summary>
    public static Task VaryByOrigin(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            if (!headers.Vary.Any(v => v?.Contains("Origin", StringComparison.OrdinalIgnoreCase) == true))
            {
                headers.Append(HeaderNames.Vary, "Origin");
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    /// <summary>True for a read request routed to one of the shared endpoints.</summary>
    public static bool Applies(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is { } name
        && ReadEndpoints.Contains(name);
}
