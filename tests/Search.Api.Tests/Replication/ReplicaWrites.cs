using System.Collections.Concurrent;
using System.Net.Http.Json;

namespace Search.Api.Tests.Replication;

/// <summary>
/// A bounded stream of writes for the fault tests: new stories, with every 10th a correction of an earlier one and
/// every 15th a deletion, spread over a few concurrent callers; it records what was acknowledged (2xx) and what was not.
/// </summary>
internal sealed class ReplicaWrites(int count, int callers = 4)
{
    private int _next;

    /// <summary>Id to the title of its last acknowledged put (null: acknowledged delete).</summary>
    public ConcurrentDictionary<string, string?> Acknowledged { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids whose last write failed: it may or may not have reached the stream, so their state is not checked.</summary>
    public ConcurrentDictionary<string, bool> Uncertain { get; } = new(StringComparer.Ordinal);

    public int Failed => _failed;

    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _overlapped = new(StringComparer.Ordinal);
    private int _failed;

    /// <summary>Every acknowledged write whose outcome is certain, as the replicas must show it: a title, or null for deleted.</summary>
    /// <summary>Two writes of one id in flight at once (a caller held up by a fault) have no known order, so that id is not checked either.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Expected() => Acknowledged.Where(p => !Uncertain.ContainsKey(p.Key) && !_overlapped.ContainsKey(p.Key));

    /// <summary>The ids <paramref name="digest"/> gets wrong (missing, stale title, or present though deleted).</summary>
    public IReadOnlyList<string> Wrong(IReadOnlyDictionary<string, (string Title, string Hash)> digest) =>
        Expected().Where(p => p.Value is null ? digest.ContainsKey(p.Key) : !digest.TryGetValue(p.Key, out var served) || served.Title != p.Value)
            .Select(p => p.Key).ToArray();

    /// <summary>Runs the writes; <paramref name="clientFor"/> picks the replica for write i, <paramref name="before"/> runs before write i (faults).</summary>
    public async Task RunAsync(Func<int, HttpClient> clientFor, Action<int>? before = null)
    {
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref _next); i <= count; i = Interlocked.Increment(ref _next))
            {
                before?.Invoke(i);
                await WriteAsync(clientFor(i), i);
            }
        })));
    }

    private async Task WriteAsync(HttpClient client, int i)
    {
        // Corrections and deletions name a story from well before, written by another caller long ago.
        var (id, title, delete) = i > 100 && i % 15 == 0 ? ($"story-{i - 91}", null, true)
            : i > 100 && i % 10 == 0 ? ($"story-{i - 61}", $"Correction {i} of story {i - 61}", false)
            : ($"story-{i}", $"Council vote {i} on the harbour plan", false);
        if (_inFlight.AddOrUpdate(id, 1, (_, n) => n + 1) > 1)
        {
            _overlapped[id] = true;
        }

        try
        {
            using var response = delete
                ? await client.DeleteAsync($"/api/articles/{id}")
                : await client.PutAsJsonAsync($"/api/articles/{id}", new { title, body = $"{title}: the council met and voted {i % 7} to {i % 5}.", section = "Local" });
            if (response.IsSuccessStatusCode)
            {
                Acknowledged[id] = title;
                Uncertain.TryRemove(id, out _);
            }
            else if (!(delete && response.StatusCode == System.Net.HttpStatusCode.NotFound))
            {
                Fail(id);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Fail(id);
        }
        finally
        {
            _inFlight.AddOrUpdate(id, 0, (_, n) => n - 1);
        }
    }

    private void Fail(string id)
    {
        Uncertain[id] = true;
        Interlocked.Increment(ref _failed);
    }
}
