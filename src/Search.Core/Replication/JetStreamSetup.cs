using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Search.Core.Replication;

/// <summary>
/// What every JetStream user of a replica does before its first publish or read: connect (if the connection is not
/// open) and make sure its stream exists, once, behind one gate so concurrent callers do it once. The stream is created
/// from the given <see cref="StreamConfig"/> with the replica count set here; another replica may create it first.
/// </summary>
internal sealed class JetStreamSetup(NatsConnection connection, NatsJSContext js, ReplicationOptions replication, StreamConfig stream, Action<StreamConfig> created)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _streamReady;

    /// <summary>The stream was found or created (it stays so: a stream is not deleted under a running replica).</summary>
    public bool StreamReady => _streamReady;

    /// <summary>Connection options shared by the replica's NATS clients: every configured server, reconnecting forever.</summary>
    public static NatsOpts ConnectionOptions(ReplicationOptions replication, string name) => NatsOpts.Default with
    {
        Url = string.Join(',', replication.Servers()),
        Name = name,
        ConnectTimeout = TimeSpan.FromSeconds(2),
        // JetStream API calls answer in milliseconds; while the cluster elects a leader a short timeout retries sooner.
        RequestTimeout = TimeSpan.FromSeconds(2),
        MaxReconnectRetry = -1,
        ReconnectWaitMin = TimeSpan.FromMilliseconds(100),
        ReconnectWaitMax = TimeSpan.FromSeconds(1),
    };

    /// <summary>Connects (if not open) and creates the stream if it does not exist. Throws while NATS cannot be reached.</summary>
    public async Task OpenAsync(CancellationToken cancel)
    {
        if (_streamReady && connection.ConnectionState == NatsConnectionState.Open)
        {
            return;
        }

        await _gate.WaitAsync(cancel);
        try
        {
            if (connection.ConnectionState != NatsConnectionState.Open)
            {
                await connection.ConnectAsync();
            }

            if (!_streamReady)
            {
                await EnsureStreamAsync(cancel);
                _streamReady = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task EnsureStreamAsync(CancellationToken cancel)
    {
        try
        {
            await js.GetStreamAsync(stream.Name!, cancellationToken: cancel);
            return;
        }
        catch (NatsJSApiException ex) when (ex.Error.Code == 404)
        {
            // Created below.
        }

        var config = stream with { NumReplicas = Replicas() };
        try
        {
            await js.CreateStreamAsync(config, cancel);
            created(config);
        }
        catch (NatsJSApiException ex) when (ex.Error.ErrCode == 10058)
        {
            // Another replica created it first.
        }
    }

    /// <summary>
    /// Search:Replication:StreamReplicas, or min(3, cluster size): the servers configured or the client URLs the server
    /// gossips, whichever is more.
    /// </summary>
    private int Replicas()
    {
        if (replication.StreamReplicas > 0)
        {
            return replication.StreamReplicas;
        }

        var servers = Math.Max(replication.Servers().Count, connection.ServerInfo?.ClientConnectUrls?.Count() ?? 0);
        return Math.Min(3, Math.Max(1, servers));
    }
}
