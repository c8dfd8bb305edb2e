using Microsoft.Data.Sqlite;

namespace Search.Core.Analytics;

/// <summary>Reads the store for the admin report and for the suggestions fed by popular queries.</summary>
public sealed class AnalyticsReader(AnalyticsStore store)
{
    /// <summary>Positions reported in the click-through table: two pages of ten.</summary>
    public const int MaxPosition = 20;

    private const string FirstPages = "kind = 'search' AND position = 1 AND at >= $from AND at < $to";

    public AnalyticsReport Report(DateTimeOffset from, DateTimeOffset to, int top)
    {
        using var connection = store.OpenReader();
        using var read = connection.BeginTransaction();
        var (searches, zero) = Totals(connection, from, to);
        return new AnalyticsReport(
            from,
            to,
            searches,
            zero,
            Queries(connection, from, to, top, zeroOnly: false),
            Queries(connection, from, to, top, zeroOnly: true),
            ClickThrough(connection, from, to),
            Related(connection, from, to),
            PerHour(connection, from, to));
    }

    /// <summary>Queries that found something at least <paramref name="minSearches"/> times since <paramref name="since"/>, most searched first.</summary>
    public IReadOnlyList<(string Query, long Searches)> Popular(DateTimeOffset since, int minSearches, int limit)
    {
        using var connection = store.OpenReader();
        using var command = Command(connection, since, DateTimeOffset.MaxValue, """
            SELECT query, COUNT(*) AS n FROM events
            WHERE kind = 'search' AND position = 1 AND total > 0 AND query <> '' AND at >= $from AND at < $to
            GROUP BY query HAVING n >= $min ORDER BY n DESC, query LIMIT $limit
            """);
        command.Parameters.AddWithValue("$min", minSearches);
        command.Parameters.AddWithValue("$limit", limit);
        var found = new List<(string, long)>();
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            found.Add((rows.GetString(0), rows.GetInt64(1)));
        }

        return found;
    }

    private static (long Searches, long Zero) Totals(SqliteConnection connection, DateTimeOffset from, DateTimeOffset to)
    {
        using var command = Command(connection, from, to, $"SELECT COUNT(*), COALESCE(SUM(total = 0), 0) FROM events WHERE {FirstPages}");
        using var rows = command.ExecuteReader();
        rows.Read();
        return (rows.GetInt64(0), rows.GetInt64(1));
    }

    private static List<AnalyticsReport.QueryCount> Queries(SqliteConnection connection, DateTimeOffset from, DateTimeOffset to, int top, bool zeroOnly)
    {
        using var command = Command(connection, from, to, $"""
            SELECT query, COUNT(*) AS n, SUM(total = 0) FROM events
            WHERE {FirstPages} AND query <> '' {(zeroOnly ? "AND total = 0" : "")}
            GROUP BY query ORDER BY n DESC, query LIMIT $top
            """);
        command.Parameters.AddWithValue("$top", top);
        var found = new List<AnalyticsReport.QueryCount>();
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            found.Add(new AnalyticsReport.QueryCount(rows.GetString(0), rows.GetInt64(1), rows.GetInt64(2)));
        }

        return found;
    }

    /// <summary>
    /// A page of results is a view of every position it showed (page 2 of ten: 11 to 20), so position p's rate is its
    /// clicks over the pages that showed p, not over all searches: a search with three hits never counts against position 4.
    /// </summary>
    private static List<AnalyticsReport.PositionRate> ClickThrough(SqliteConnection connection, DateTimeOffset from, DateTimeOffset to)
    {
        var views = new long[MaxPosition + 1];
        using (var command = Command(connection, from, to, """
            SELECT position, shown, COUNT(*) FROM events
            WHERE kind = 'search' AND shown > 0 AND position <= $max AND at >= $from AND at < $to
            GROUP BY position, shown
            """))
        {
            command.Parameters.AddWithValue("$max", MaxPosition);
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                var first = rows.GetInt32(0);
                var last = Math.Min(MaxPosition, first + rows.GetInt32(1) - 1);
                for (var p = Math.Max(1, first); p <= last; p++)
                {
                    views[p] += rows.GetInt64(2);
                }
            }
        }

        var clicks = new long[MaxPosition + 1];
        using (var command = Command(connection, from, to, """
            SELECT position, COUNT(*) FROM events
            WHERE kind = 'result-click' AND position BETWEEN 1 AND $max AND at >= $from AND at < $to
            GROUP BY position
            """))
        {
            command.Parameters.AddWithValue("$max", MaxPosition);
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                clicks[rows.GetInt32(0)] = rows.GetInt64(1);
            }
        }

        return Enumerable.Range(1, MaxPosition)
            .Where(p => views[p] > 0 || clicks[p] > 0)
            .Select(p => new AnalyticsReport.PositionRate(p, views[p], clicks[p], AnalyticsReport.Rate(clicks[p], views[p])))
            .ToList();
    }

    private static AnalyticsReport.PanelRate Related(SqliteConnection connection, DateTimeOffset from, DateTimeOffset to)
    {
        using var command = Command(connection, from, to, """
            SELECT COALESCE(SUM(kind = 'related-view'), 0), COALESCE(SUM(kind = 'related-click'), 0) FROM events
            WHERE kind IN ('related-view', 'related-click') AND at >= $from AND at < $to
            """);
        using var rows = command.ExecuteReader();
        rows.Read();
        var (views, clicks) = (rows.GetInt64(0), rows.GetInt64(1));
        return new AnalyticsReport.PanelRate(views, clicks, AnalyticsReport.Rate(clicks, views));
    }

    private static List<AnalyticsReport.HourCount> PerHour(SqliteConnection connection, DateTimeOffset from, DateTimeOffset to)
    {
        using var command = Command(connection, from, to, $"SELECT at / 3600000 AS hour, COUNT(*), SUM(total = 0) FROM events WHERE {FirstPages} GROUP BY hour ORDER BY hour");
        var found = new List<AnalyticsReport.HourCount>();
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            found.Add(new AnalyticsReport.HourCount(DateTimeOffset.FromUnixTimeMilliseconds(rows.GetInt64(0) * 3_600_000), rows.GetInt64(1), rows.GetInt64(2)));
        }

        return found;
    }

    private static SqliteCommand Command(SqliteConnection connection, DateTimeOffset from, DateTimeOffset to, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$from", from.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$to", to == DateTimeOffset.MaxValue ? long.MaxValue : to.ToUnixTimeMilliseconds());
        return command;
    }
}
