namespace Search.Core.Replication;

/// <summary>How far this replica is behind the stream, for /health/ready.</summary>
/// <param name="Messages">Writes in the stream this replica has not applied yet (as of the last look at the stream).</param>
/// <param name="Seconds">How long ago this replica was last seen caught up (or started, if it never was); 0 when it is.</param>
/// <param name="AppliedSequence">The last stream sequence applied here (recorded in the index commit).</param>
/// <param name="StreamSequence">The stream's last sequence, as last seen.</param>
/// <param name="Connected">Whether the NATS connection is open (writes answer 503 while it is not).</param>
/// <param name="CaughtUp">Whether the replica has been within the configured bound of the stream's end since it started.</param>
public sealed record ReplicaLag(long Messages, double Seconds, long AppliedSequence, long StreamSequence, bool Connected, bool CaughtUp);
