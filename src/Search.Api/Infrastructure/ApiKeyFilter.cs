using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Search.Api.Hosting;

namespace Search.Api.Infrastructure;

/// <summary>
/// Guards the write endpoints and the operators' ones (/metrics): with no key configured they do not exist (404);
/// otherwise the <c>X-Api-Key</c> header must match, compared in constant time (401 if missing or wrong).
/// </summary>
public sealed class ApiKeyFilter(IOptionsMonitor<SearchHostOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        Refusal(context.HttpContext) ?? await next(context);

    /// <summary>Why <paramref name="http"/> may not go on (404 or 401), or null when it carries the configured key.</summary>
    public IResult? Refusal(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var configured = options.CurrentValue.ApiKey;
        if (string.IsNullOrEmpty(configured))
        {
            return TypedResults.NotFound();
        }

        var given = http.Request.Headers[HeaderName].ToString();
        return Matches(given, configured)
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid X-Api-Key header is required for writes and operators' endpoints.");
    }

    /// <summary>Hashing both sides first gives equal-length inputs, so the comparison time says nothing about the key.</summary>
    private static bool Matches(string given, string configured) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
}
