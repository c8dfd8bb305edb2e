using System.Text;

namespace Search.Api.Infrastructure;

/// <summary>Reads a request body up to a limit, so an oversized article is refused (413) without being buffered whole.</summary>
public static class BoundedBody
{
    public const int ArticleLimitBytes = 1 << 20;

    /// <summary>The body as text, or null when it is over <paramref name="limit"/> bytes.</summary>
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
