namespace Search.Api.Tests.Replication;

/// <summary>
/// The replication fault tests start NATS clusters and several replicas and measure time bounds: they run one at a
/// time and alone, so two clusters never compete for the machine's cores while a test times a write.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReplicationCollection
{
    public const string Name = "Replication";
}
