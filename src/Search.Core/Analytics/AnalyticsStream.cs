using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Search.Core.Replication;

namespace Search.Core.Analytics;

/// <summary>
/// Replicated mode: every replica publishes its batches of events to one JetStream stream (<see cref="AnalyticsOptions.Stream"/>,
/// file storage, kept <see cref="AnalyticsOptions.RetentionDays"/> and bounded in bytes, oldest dropped first), and every
/// replica reads the whole stream into its own store, keeping the last sequence it stored in the same transaction as the
/// events. So the admin report on any replica shows every replica's readers, and a replica that was down catches up.
/// Analytics are best effort: a batch the stream does not take is logged and dropped, never retried into a search's way.
/// </summary>
public sealed class AnalyticsStream : IAnalyticsSink, IAsyncDisposable
{
    /// <summary>Bytes the stream may hold per event the store may hold: a batch's JSON is about 150 bytes an event.</summary>
    private const long BytesPerEvent = 256;

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(5);

    private readonly ReplicationOptions _replication;
    private readonly AnalyticsOptions _options;
    private readonly AnalyticsStore _store;
    private readonly ILogger<AnalyticsStream> _logger;
    private readonly NatsConnection _connection;
    private readonly NatsJSContext _js;
    private readonly JetStreamSetup _setup;

    public AnalyticsStream(IOptions<ReplicationOptions> replication, IOptions<AnalyticsOptions> options, AnalyticsStore store, ILogger<AnalyticsStream> logger)
    {
        _replication = replication.Value;
        _options = options.Value;
        _store = store;
        _logger = logger;
        _connection = new NatsConnection(JetStreamSetup.ConnectionOptions(_replication, $"search-analytics-{_replication.ReplicaId}"));
        _js = new NatsJSContext(_connection);
        var stream = new StreamConfig(_options.Stream, [Subject])
        {
            Storage = StreamConfigStorage.File,
            Retention = StreamConfigRetention.Limits,
            Discard = StreamConfigDiscard.Old,
            MaxAge = TimeSpan.FromDays(_options.RetentionDays),
            MaxBytes = _options.MaxRows * BytesPerEvent,
        };
        _setup = new JetStreamSetup(_connection, _js, _replication, stream, created =>
            _logger.LogInformation("Created analytics stream {Stream}", created.Name));
    }

    public string Subject => $"{_options.Stream}.events";

    /// <summary>The mark in the store: the last stream sequence whose events it holds.</summary>
    private string MarkKey => $"stream:{_options.Stream}";

    /// <summary>Publishes this replica's batch; every replica (this one included) stores it when it reads the stream.</summary>
    public async Task WriteAsync(IReadOnlyList<AnalyticsEvent> batch, CancellationToken cancel)
    {
        await _setup.OpenAsync(cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(PublishTimeout);
        var ack = await _js.PublishAsync(Subject, JsonSerializer.SerializeToUtf8Bytes(batch), cancellationToken: timeout.Token);
        ack.EnsureSuccess();
    }

    /// <summary>Reads the stream into the store from the sequence after the store's mark, until <paramref name="stop"/>; reconnects on its own.</summary>
    public async Task FollowAsync(CancellationToken stop)
    {
        for (var failures = 0; !stop.IsCancellationRequested;)
        {
            try
            {
                await _setup.OpenAsync(stop);
                var from = (_store.ReadMark(MarkKey) ?? 0) + 1;
                var consumer = await _js.CreateOrderedConsumerAsync(_options.Stream, new NatsJSOrderedConsumerOpts
                {
                    DeliverPolicy = from > 1 ? ConsumerConfigDeliverPolicy.ByStartSequence : ConsumerConfigDeliverPolicy.All,
                    OptStartSeq = from > 1 ? (ulong)from : 0,
                }, stop);
                _logger.LogInformation("Reading analytics stream {Stream} from sequence {Sequence}", _options.Stream, from);
                failures = 0;
                await foreach (var message in consumer.ConsumeAsync<byte[]>(cancellationToken: stop))
                {
                    var sequence = (long)(message.Metadata?.Sequence.Stream ?? 0);
                    var events = Decode(message.Data, sequence);
                    _store.Write(events, MarkKey, sequence);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NatsException or TimeoutException or OperationCanceledException or Microsoft.Data.Sqlite.SqliteException)
            {
                failures++;
                _logger.LogWarning("Reading the analytics stream failed ({Reason}); retrying (attempt {Attempt})", ex.Message, failures);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(200 * failures, 5_000)), stop);
            }
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private IReadOnlyList<AnalyticsEvent> Decode(byte[]? data, long sequence)
    {
        try
        {
            return data is null ? [] : JsonSerializer.Deserialize<AnalyticsEvent[]>(data) ?? [];
        }
        catch (JsonException ex)
        {
            // Another version's or a stranger's message: skipped (the mark moves past it), never a stuck reader.
            _logger.LogWarning("Analytics stream message {Sequence} is not a batch of events and is skipped: {Reason}", sequence, ex.Message);
            return [];
        }
    }
}
