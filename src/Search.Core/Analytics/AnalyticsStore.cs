using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Search.Core.Diagnostics;

namespace Search.Core.Analytics;

/// <summary>
/// The events, in one SQLite file (WAL, so the admin report reads while the writer writes). Bounded: at most
/// <c>maxRows</c> events; past that a batch is cut short, the rest counted (outcome <c>store_full</c>) and logged, and
/// recording resumes when retention (<see cref="Prune"/>) frees room. Only the writer writes; reads open their own connection.
/// </summary>
public sealed class AnalyticsStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS events (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,      -- Unix milliseconds, UTC
            kind TEXT NOT NULL,
            query TEXT,
            filters TEXT,
            total INTEGER,
            position INTEGER,
            shown INTEGER,
            article TEXT);
        CREATE INDEX IF NOT EXISTS events_kind_at ON events (kind, at);
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        """;

    private readonly int _maxRows;
    private readonly ILogger _logger;
    private readonly Lock _write = new();
    private SqliteConnection? _connection;
    private long _rows;
    private bool _full;

    public AnalyticsStore(string path, int maxRows, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _maxRows = maxRows;
        _logger = logger;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30 }.ToString();
    }

    public string Path { get; }

    /// <summary>Events held now.</summary>
    public long Rows
    {
        get
        {
            lock (_write)
            {
                Connection();
                return _rows;
            }
        }
    }

    /// <summary>Events refused because the store was full, since start.</summary>
    public long Dropped { get; private set; }

    internal string ConnectionString { get; }

    /// <summary>Stores what fits of <paramref name="batch"/> in one transaction; returns how many were stored.</summary>
    public int Write(IReadOnlyList<AnalyticsEvent> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_write)
        {
            using var transaction = Connection().BeginTransaction();
            var stored = Insert(transaction, batch);
            transaction.Commit();
            return Stored(stored);
        }
    }

    /// <summary>Deletes the events older than <paramref name="before"/> (retention); returns how many.</summary>
    public int Prune(DateTimeOffset before)
    {
        lock (_write)
        {
            using var delete = Connection().CreateCommand();
            delete.CommandText = "DELETE FROM events WHERE at < $before";
            delete.Parameters.AddWithValue("$before", before.ToUnixTimeMilliseconds());
            var deleted = delete.ExecuteNonQuery();
            _rows = Count(Connection());
            if (_full && _rows < _maxRows)
            {
                _full = false;
                _logger.LogInformation("Analytics store has room again ({Rows} of {MaxRows} events); recording resumes", _rows, _maxRows);
            }

            return deleted;
        }
    }

    /// <summary>A number kept beside the events (the replicated stream's last sequence stored here), or null.</summary>
    public long? ReadMark(string key)
    {
        lock (_write)
        {
            using var select = Connection().CreateCommand();
            select.CommandText = "SELECT value FROM meta WHERE key = $key";
            select.Parameters.AddWithValue("$key", key);
            return select.ExecuteScalar() is long value ? value : null;
        }
    }

    /// <summary>Stores <paramref name="batch"/> and a mark in one transaction, so a restart neither loses nor repeats the batch.</summary>
    public int Write(IReadOnlyList<AnalyticsEvent> batch, string markKey, long mark)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_write)
        {
            using var transaction = Connection().BeginTransaction();
            var stored = Insert(transaction, batch);
            using var upsert = transaction.Connection!.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
            upsert.Parameters.AddWithValue("$key", markKey);
            upsert.Parameters.AddWithValue("$value", mark);
            upsert.ExecuteNonQuery();
            transaction.Commit();
            return Stored(stored);
        }
    }

    /// <summary>A connection for reading (the report, popular queries); WAL lets it read while the writer writes.</summary>
    internal SqliteConnection OpenReader()
    {
        lock (_write)
        {
            Connection();
        }

        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        lock (_write)
        {
            _connection?.Dispose();
            _connection = null;
            SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
        }
    }

    /// <summary>Inserts what fits of <paramref name="batch"/> under the row bound (the rest refused and counted); returns how many.</summary>
    private int Insert(SqliteTransaction transaction, IReadOnlyList<AnalyticsEvent> batch)
    {
        var room = (int)Math.Clamp(_maxRows - _rows, 0, batch.Count);
        if (room < batch.Count)
        {
            RefuseOverflow(batch.Count - room);
        }

        if (room == 0)
        {
            return 0;
        }

        using var insert = transaction.Connection!.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO events (at, kind, query, filters, total, position, shown, article) VALUES ($at, $kind, $query, $filters, $total, $position, $shown, $article)";
        var parameters = new[] { "$at", "$kind", "$query", "$filters", "$total", "$position", "$shown", "$article" }
            .Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        foreach (var e in batch.Take(room))
        {
            parameters[0].Value = e.At.ToUnixTimeMilliseconds();
            parameters[1].Value = e.Kind;
            parameters[2].Value = (object?)e.Query ?? DBNull.Value;
            parameters[3].Value = (object?)e.Filters ?? DBNull.Value;
            parameters[4].Value = (object?)e.Total ?? DBNull.Value;
            parameters[5].Value = (object?)e.Position ?? DBNull.Value;
            parameters[6].Value = (object?)e.Shown ?? DBNull.Value;
            parameters[7].Value = (object?)e.ArticleId ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }

        return room;
    }

    /// <summary>Counts <paramref name="stored"/> events once their transaction has committed.</summary>
    private int Stored(int stored)
    {
        if (stored > 0)
        {
            _rows += stored;
            EngineTelemetry.AnalyticsEvents.Add(stored, new KeyValuePair<string, object?>("outcome", "stored"));
        }

        return stored;
    }

    private void RefuseOverflow(int refused)
    {
        Dropped += refused;
        EngineTelemetry.AnalyticsEvents.Add(refused, new KeyValuePair<string, object?>("outcome", "store_full"));
        if (!_full)
        {
            _full = true;
            _logger.LogWarning(
                "Analytics store is full ({Rows} of {MaxRows} events, Search:Analytics:MaxRows); new events are dropped until retention frees room",
                _rows, _maxRows);
        }
    }

    /// <summary>
    /// The writer's connection, opened on first use (under the lock) so that a store nobody uses makes no file and a
    /// store that cannot be opened fails the analytics calls, not the host's start or the searches.
    /// </summary>
    private SqliteConnection Connection()
    {
        if (_connection is null)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            _connection = Open();
            _rows = Count(_connection);
        }

        return _connection;
    }

    /// <summary>Opens the file and its schema; a file SQLite cannot read is set aside (never deleted) and a fresh one started.</summary>
    private SqliteConnection Open()
    {
        try
        {
            return OpenSchema();
        }
        catch (SqliteException ex)
        {
            var aside = $"{Path}.bad-{DateTime.UtcNow:yyyyMMddHHmmss}";
            _logger.LogError(ex, "Analytics store {Path} cannot be opened; set aside as {Aside}, starting a new one", Path, aside);
            SqliteConnection.ClearAllPools();
            File.Move(Path, aside);
            return OpenSchema();
        }
    }

    private SqliteConnection OpenSchema()
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();
            using var setup = connection.CreateCommand();
            // WAL: readers never block the writer. NORMAL sync: a power cut may lose the last events, never the file.
            setup.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; " + Schema;
            setup.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static long Count(SqliteConnection connection)
    {
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM events";
        return (long)count.ExecuteScalar()!;
    }
}
