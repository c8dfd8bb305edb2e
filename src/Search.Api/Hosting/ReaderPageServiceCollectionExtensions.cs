using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Search.Api.Hosting;

/// <summary>Services for the reader-facing page and the embeddable widget: the cross-origin policy.</summary>
public static class ReaderPageServiceCollectionExtensions
{
    public static IServiceCollection AddReaderPages(this IServiceCollection services)
    {
        services.AddOptions<SearchHostOptions>()
            .BindConfiguration(SearchHostOptions.SectionName)
            .Validate(o => o.HasValidOrigins(), "Search:AllowedOrigins entries must be origins such as https://www.example.com (scheme, host, optional port; no path).")
            .ValidateOnStart();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<SearchHostOptions>>(WidgetCors.AddPolicy);
        return services;
    }
}
