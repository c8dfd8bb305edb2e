namespace Search.Core.Indexing;

/// <summary>
/// An API write could not be made durable (the journal append failed: a full disk, a failing device). Nothing of
/// it was applied, so the caller can retry later; <see cref="DiskFull"/> tells the two apart for the answer.
/// </summary>
public sealed class JournalWriteException(IOException inner)
    : IOException("The write could not be recorded durably; nothing was changed.", inner)
{
    private const int NoSpaceLeft = 28; // ENOSPC
    private const int DiskFullWindows = unchecked((int)0x80070070);

    public bool DiskFull { get; } = (inner.HResult & 0xFFFF) == NoSpaceLeft || inner.HResult == DiskFullWindows
        || inner.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase);
}
