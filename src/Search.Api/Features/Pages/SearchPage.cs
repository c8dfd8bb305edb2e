namespace Search.Api.Features.Pages;

/// <summary>
/// GET /: the reader's search page. One HTML shell: search results and the article view are both states
/// of it (<c>/?q=…</c>, <c>/?article=…</c>), so every state is a linkable URL the same file answers.
/// </summary>
public static class SearchPage
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], Get)
            .WithName("SearchPage")
            .ExcludeFromDescription();

    public static IResult Get(IWebHostEnvironment environment, HttpContext context)
    {
        var page = environment.WebRootFileProvider.GetFileInfo("index.html");
        if (!page.Exists || page.PhysicalPath is null)
        {
            return TypedResults.NotFound();
        }

        // The shell is tiny and changes with each deploy; always revalidate.
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.PhysicalFile(page.PhysicalPath, "text/html; charset=utf-8", lastModified: page.LastModified, enableRangeProcessing: false);
    }
}
