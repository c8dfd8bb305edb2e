using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Suggestions;

namespace Search.Core.Analytics;

/// <summary>
/// The successful queries readers search for most (at least <see cref="AnalyticsOptions.SuggestMinSearches"/> times in
/// the retention window), held in memory for the search box's suggestions and read again from the store at most every
/// <see cref="AnalyticsOptions.SuggestRefreshSeconds"/> by the writer. A lookup is a scan of at most
/// <see cref="AnalyticsOptions.SuggestQueries"/> strings, never a database call on the request path.
/// </summary>
public sealed class PopularQueries(AnalyticsReader reader, IOptions<AnalyticsOptions> options, TimeProvider time, ILogger<PopularQueries> logger) : IPopularQueries
{
    private readonly AnalyticsOptions _options = options.Value;
    private volatile string[] _queries = [];
    private DateTimeOffset _refreshed = DateTimeOffset.MinValue;

    /// <summary>How many queries are offered now.</summary>
    public int Count => _queries.Length;

    public IReadOnlyList<string> StartingWith(string typed, int count)
    {
        var prefix = QueryText.Normalise(typed);
        if (prefix.Length == 0 || count <= 0)
        {
            return [];
        }

        var found = new List<string>(count);
        foreach (var query in _queries)
        {
            // The query itself is no completion of what is already typed.
            if (query.Length > prefix.Length && query.StartsWith(prefix, StringComparison.Ordinal))
            {
                found.Add(query);
                if (found.Count == count)
                {
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Reads the list again when <see cref="AnalyticsOptions.SuggestRefreshSeconds"/> have passed (or <paramref name="force"/>).</summary>
    public void Refresh(bool force = false)
    {
        var now = time.GetUtcNow();
        if (_options.SuggestQueries == 0 || (!force && now - _refreshed < TimeSpan.FromSeconds(_options.SuggestRefreshSeconds)))
        {
            return;
        }

        _refreshed = now;
        try
        {
            _queries = reader.Popular(now.AddDays(-_options.RetentionDays), _options.SuggestMinSearches, _options.SuggestQueries)
                .Select(p => p.Query).ToArray();
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            logger.LogWarning(ex, "Popular queries could not be read; the suggestions keep the previous list");
        }
    }
}
