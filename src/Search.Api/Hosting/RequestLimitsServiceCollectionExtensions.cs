using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Search.Core.Configuration;

namespace Search.Api.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter for the anonymous endpoints whose work is costly: a concurrency limit per policy from
/// <see cref="RequestLimitsOptions"/>, and a refusal that is a 429 ProblemDetails with <c>Retry-After</c>.
/// </summary>
public static class RequestLimitsServiceCollectionExtensions
{
    /// <summary>The policy of <c>POST /api/related</c> (drafts).</summary>
    public const string DraftsPolicy = "drafts";

    /// <summary>The policy of <c>POST /api/events</c> (analytics beacons): a fixed window per client address, held in memory only.</summary>
    public const string EventsPolicy = "events";

    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RequestLimitsOptions>, OptionsProblemsValidator<RequestLimitsOptions>>());
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.SectionName).ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestLimitsOptions>>((rate, limits) =>
        {
            var value = limits.Value;
            rate.AddConcurrencyLimiter(DraftsPolicy, draft =>
            {
                draft.PermitLimit = value.DraftPermits;
                draft.QueueLimit = value.DraftQueue;
                draft.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            rate.AddPolicy(EventsPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = value.EventsPerClientPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            rate.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            rate.OnRejected = (context, cancel) => RefuseAsync(
                context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : value.RetryAfterSeconds);
        });
        return services;
    }

    private static async ValueTask RefuseAsync(HttpContext http, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests of this kind are being served; retry shortly.",
                Detail = $"Retry after {retryAfterSeconds} s.",
            },
        });
    }
}
