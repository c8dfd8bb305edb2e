using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Search.Core.Articles;
using Search.Core.Indexing;

namespace Search.Core.Replication;

/// <summary>
/// The replicated write log: one NATS connection (reconnecting on its own across the configured servers), the
/// JetStream stream holding every write (file storage, a Raft group of min(3, cluster size) servers), publishing with
/// the stream's acknowledgement, and this replica's durable consumer.
/// </summary>
public sealed class WriteStream : IAsyncDisposable
{
    /// <summary>How long a write waits for a lost connection to come back (another server of the cluster) before it answers 503.</summary>
    private static readonly TimeSpan ReconnectGrace = TimeSpan.FromSeconds(3);

    private readonly ReplicationOptions _options;
    private readonly ILogger<WriteStream> _logger;
    private readonly NatsConnection _connection;
    private readonly NatsJSContext _js;
    private readonly JetStreamSetup _setup;

    public WriteStream(IOptions<ReplicationOptions> options, ILogger<WriteStream> logger)
    {
        _options = options.Value;
        _logger = logger;
        _connection = new NatsConnection(JetStreamSetup.ConnectionOptions(_options, $"search-{_options.ReplicaId}") with
        {
            CommandTimeout = TimeSpan.FromSeconds(5),
        });
        _js = new NatsJSContext(_connection);
        var stream = new StreamConfig(_options.Stream, [_options.Subject])
        {
            Storage = StreamConfigStorage.File,
            Retention = StreamConfigRetention.Limits,
            DuplicateWindow = TimeSpan.FromMinutes(2),
        };
        _setup = new JetStreamSetup(_connection, _js, _options, stream, created =>
            _logger.LogInformation("Created stream {Stream} ({Replicas} copies, file storage)", created.Name, created.NumReplicas));
        _connection.ConnectionOpened += (_, _) =>
        {
            Reconnected?.Invoke();
            return ValueTask.CompletedTask;
        };
    }

    /// <summary>The connection (re)opened, possibly to another server: a pull left on the old one will never be answered.</summary>
    public event Action? Reconnected;

    public bool Connected => _connection.ConnectionState == NatsConnectionState.Open;

    /// <summary>The name of the NATS server this replica is connected to (for operators and the fault tests).</summary>
    public string? ServerName => _connection.ServerInfo?.Name;

    /// <summary>Connects (if not yet) and creates the stream if it does not exist. Throws while NATS cannot be reached.</summary>
    public Task OpenAsync(CancellationToken cancel) => _setup.OpenAsync(cancel);

    /// <summary>
    /// Publishes one write and returns its stream sequence once the stream (a majority of its servers) has stored it.
    /// Retried with the same message id while the cluster elects a new leader, so a retry is never stored twice.
    /// </summary>
    public async Task<long> PublishAsync(JournalEntry entry, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var payload = JsonSerializer.SerializeToUtf8Bytes(entry with { Sequence = null }, ArticleJson.Options);
        var publish = new NatsJSPubOpts { MsgId = Guid.NewGuid().ToString("N") };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(_options.WriteTimeoutSeconds);
        var disconnectedSince = DateTime.MaxValue;
        for (var attempt = 1; ; attempt++)
        {
            if (!Connected || !_setup.StreamReady)
            {
                disconnectedSince = disconnectedSince == DateTime.MaxValue ? DateTime.UtcNow : disconnectedSince;
                if (DateTime.UtcNow - disconnectedSince > ReconnectGrace || DateTime.UtcNow > deadline)
                {
                    throw new ReplicationUnavailableException("The replicated write log (NATS JetStream) cannot be reached; nothing was written.", recorded: false);
                }

                await Task.Delay(100, cancel);
                continue;
            }

            try
            {
                using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                attemptTimeout.CancelAfter(Min(deadline - DateTime.UtcNow, TimeSpan.FromSeconds(3)));
                var ack = await _js.PublishAsync(_options.Subject, payload, opts: publish, cancellationToken: attemptTimeout.Token);
                ack.EnsureSuccess();
                return (long)ack.Seq;
            }
            catch (Exception ex) when (!cancel.IsCancellationRequested && ex is NatsException or TimeoutException or OperationCanceledException)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new ReplicationUnavailableException("The replicated write log (NATS JetStream) did not acknowledge the write in time; it may or may not be stored, and a retry is safe.", recorded: false, ex);
                }

                _logger.LogWarning("Publishing a write failed (attempt {Attempt}: {Reason}); retrying", attempt, ex.Message);
                await Task.Delay(Math.Min(100 * attempt, 500), cancel);
            }
        }
    }

    /// <summary>The stream's last sequence (0 when empty).</summary>
    public async Task<long> LastSequenceAsync(CancellationToken cancel)
    {
        var stream = await _js.GetStreamAsync(_options.Stream, cancellationToken: cancel);
        return (long)stream.Info.State.LastSeq;
    }

    /// <summary>
    /// This replica's durable consumer, (re)created to deliver from <paramref name="next"/>: the index commit, not the
    /// server, knows what this replica holds (a wiped replica starts again at 1 even if its consumer had gone further).
    /// </summary>
    public async Task<INatsJSConsumer> FollowFromAsync(long next, CancellationToken cancel)
    {
        try
        {
            await _js.DeleteConsumerAsync(_options.Stream, _options.ConsumerName, cancel);
        }
        catch (NatsJSApiException ex) when (ex.Error.Code == 404)
        {
            // First start of this replica: no consumer yet.
        }

        var config = new ConsumerConfig(_options.ConsumerName)
        {
            AckPolicy = ConsumerConfigAckPolicy.All,
            AckWait = TimeSpan.FromSeconds(30),
            MaxAckPending = 10_000,
            DeliverPolicy = next > 1 ? ConsumerConfigDeliverPolicy.ByStartSequence : ConsumerConfigDeliverPolicy.All,
        };
        if (next > 1)
        {
            config.OptStartSeq = (ulong)next;
        }

        return await _js.CreateOrUpdateConsumerAsync(_options.Stream, config, cancel);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? (a > TimeSpan.Zero ? a : TimeSpan.FromMilliseconds(1)) : b;
}
