using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace Search.Api.Hosting;

/// <summary>The request pipeline for the page and widget: security headers, CORS for publishers, static files from wwwroot.</summary>
public static class ReaderPageApplicationBuilderExtensions
{
    public static WebApplication UseReaderPages(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // With no origins configured the CORS middleware is not in the pipeline at all, so no response can carry CORS headers.
        if (app.Services.GetRequiredService<IOptions<SearchHostOptions>>().Value.AllowedOrigins.Length > 0)
        {
            app.UseWhen(WidgetCors.Applies, branch => branch.Use(WidgetCors.VaryByOrigin).UseCors(WidgetCors.PolicyName));
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                if (context.Context.Request.Path.StartsWithSegments("/widget"))
                {
                    // Publishers' pages load the widget from here: short cache so a fix reaches them within minutes.
                    headers.CacheControl = "public, max-age=300";
                    headers["Cross-Origin-Resource-Policy"] = "cross-origin";
                }
                else
                {
                    // Files are not fingerprinted, so revalidate rather than serve a stale script after a deploy.
                    headers.CacheControl = "no-cache";
                }
            },
        });
        return app;
    }
}
