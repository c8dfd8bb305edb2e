using System.Text;

namespace Search.Api.Infrastructure;

/// <summary>
/// Reads a request body up to a limit, so an oversized one is refused (413) without being buffered whole,
/// whether it declares its length or streams in chunks. Body-taking endpoints read through this instead of
/// binding the body: an endpoint filter runs only after binding has read it, and a limit left to Kestrel
/// (<c>IHttpMaxRequestBodySizeFeature</c>) is ignored by the in-memory test server, so it could not be tested.
/// </summary>
public static class BoundedBody
{
    /// <summary>The body as UTF-8 text, or null when it is over <paramref name="limit"/> bytes.</summary>
    public static async Task<string?> ReadAsync(HttpRequest request, int limit, CancellationToken cancel)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new byte[Math.Min(limit + 1, 64 * 1024)];
        using var collected = new MemoryStream();
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancel)) > 0)
        {
            if (collected.Length + read > limit)
            {
                return null;
            }

            collected.Write(buffer, 0, read);
        }

        return Encoding.UTF8.GetString(collected.GetBuffer(), 0, (int)collected.Length);
    }
}
