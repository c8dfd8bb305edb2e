namespace Search.Core.Replication;

/// <summary>
/// A write could not be completed in replicated mode: the stream could not be reached (nothing was written), or it was
/// recorded in the stream but this replica did not apply it in time (<see cref="Recorded"/>; every replica applies it
/// later, and a retry is safe since writes are by id). Never a silent local-only write.
/// </summary>
public sealed class ReplicationUnavailableException(string message, bool recorded, Exception? inner = null) : Exception(message, inner)
{
    public bool Recorded { get; } = recorded;
}
