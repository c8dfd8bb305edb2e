namespace Search.Core.Indexing;

/// <summary>One entry of the API journal with where it sits: <see cref="Offset"/> is its first byte, <see cref="End"/> the byte after it.</summary>
public sealed record JournalRecord(long Offset, long End, JournalEntry Entry);
