namespace Search.Api.Endpoints;

/// <summary>
/// The reader's search page. One HTML shell at <c>/</c>: search results and the article view are
/// both states of it (<c>/?q=…</c>, <c>/?article=…</c>), so every state is a linkable URL the same file answers.
/// </summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], SearchPage)
            .WithName("SearchPage")
            .ExcludeFromDescription();
        return app;
    }

    private static IResult SearchPage(IWebHostEnvironment environment, HttpContext context)
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
