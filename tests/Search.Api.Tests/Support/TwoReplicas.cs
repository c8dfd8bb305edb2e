namespace Search.Api.Tests.Support;

/// <summary>
/// The start of most replication tests: a 3-node NATS cluster (or a skipped test, see <see cref="NatsCluster.SkipReason"/>),
/// replicas "a" and "b" on it, and a writer's client for each once both are ready. Disposed replicas first, then the cluster.
/// </summary>
public sealed class TwoReplicas : IAsyncDisposable
{
    private TwoReplicas(NatsCluster nats, ReplicaHost a, ReplicaHost b)
    {
        Nats = nats;
        A = a;
        B = b;
    }

    public NatsCluster Nats { get; }

    public ReplicaHost A { get; }

    public ReplicaHost B { get; }

    public HttpClient OnA { get; private set; } = null!;

    public HttpClient OnB { get; private set; } = null!;

    public static async Task<TwoReplicas> StartAsync()
    {
        var nats = NatsCluster.StartOrSkip();
        var replicas = new TwoReplicas(nats, new ReplicaHost(nats.Url, "a"), new ReplicaHost(nats.Url, "b"));
        try
        {
            replicas.OnA = await replicas.A.WriterAsync();
            replicas.OnB = await replicas.B.WriterAsync();
            return replicas;
        }
        catch
        {
            await replicas.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        Nats.Dispose();
    }
}
