using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Search.Core.Configuration;

namespace Search.Core.Replication;

/// <summary>
/// Replicated mode (configuration section "Search:Replication"), on when <see cref="NatsUrl"/> is set: writes go to a
/// NATS JetStream stream and every replica applies them in stream order. Unset, the node runs alone on its journal file.
/// </summary>
public sealed partial class ReplicationOptions : IValidatedOptions
{
    public const string SectionName = "Search:Replication";

    /// <summary>Comma-separated NATS server URLs (<c>nats://10.0.0.1:4222,nats://10.0.0.2:4222</c>); empty runs a single node.</summary>
    public string? NatsUrl { get; set; }

    /// <summary>This replica's name, unique among replicas: it names the replica's durable consumer.</summary>
    public string? ReplicaId { get; set; }

    /// <summary>The JetStream stream holding the writes (created on first use, file storage); its subject is <c>{Stream}.writes</c>.</summary>
    public string Stream { get; set; } = "articles";

    /// <summary>Copies of the stream kept by the cluster when this replica creates it; 0 means min(3, servers in the cluster).</summary>
    public int StreamReplicas { get; set; }

    /// <summary>
    /// At start, /health/ready stays 503 until the replica is within this many writes of the stream's end (so a load
    /// balancer sends no reader to a replica still catching up); once caught up it only reports its lag.
    /// </summary>
    public long ReadyLagMessages { get; set; } = 100;

    /// <summary>How long a write may wait for the stream's acknowledgement and this replica's apply before it answers 503.</summary>
    public double WriteTimeoutSeconds { get; set; } = 10;

    public bool Enabled => !string.IsNullOrWhiteSpace(NatsUrl);

    public string Subject => $"{Stream}.writes";

    public string ConsumerName => $"replica-{ReplicaId}";

    /// <summary>True when the configuration switches replicated mode on (decides which services are registered).</summary>
    public static bool IsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[$"{SectionName}:{nameof(NatsUrl)}"]);
    }

    public IReadOnlyList<string> Servers() =>
        (NatsUrl ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IEnumerable<string> Problems()
    {
        if (!Enabled)
        {
            yield break;
        }

        foreach (var server in Servers())
        {
            if (!Uri.TryCreate(server, UriKind.Absolute, out var uri) || uri.Scheme is not ("nats" or "tls") || string.IsNullOrEmpty(uri.Host))
            {
                yield return $"{SectionName}:NatsUrl must list nats:// (or tls://) server URLs separated by commas; '{server}' is not one.";
            }
        }

        if (string.IsNullOrWhiteSpace(ReplicaId) || !Name().IsMatch(ReplicaId))
        {
            yield return $"{SectionName}:ReplicaId is required in replicated mode: 1 to 64 of A-Z a-z 0-9 _ - , unique per replica.";
        }

        if (!Name().IsMatch(Stream ?? ""))
        {
            yield return $"{SectionName}:Stream must be 1 to 64 of A-Z a-z 0-9 _ - ; it is '{Stream}'.";
        }

        foreach (var problem in OptionRules.Between($"{SectionName}:StreamReplicas", StreamReplicas, 0, 5)
                     .Concat(OptionRules.NotNegative($"{SectionName}:ReadyLagMessages", ReadyLagMessages))
                     .Concat(OptionRules.Between($"{SectionName}:WriteTimeoutSeconds", WriteTimeoutSeconds, 1, 300)))
        {
            yield return problem;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex Name();
}
