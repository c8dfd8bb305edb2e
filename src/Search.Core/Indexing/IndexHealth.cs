namespace Search.Core.Indexing;

/// <summary>
/// What an operator needs to know beyond "serving": whether writes can be made durable and committed, what the
/// journal kept aside, and which damaged generations were set aside. Reads are served while any of these is wrong.
/// </summary>
/// <param name="WritesFailing">The last commit or journal append failed (a full disk): writes answer 503/507 until one succeeds.</param>
/// <param name="LastWriteError">Why, when <paramref name="WritesFailing"/>.</param>
/// <param name="DamagedJournalRecords">Damaged records found in the middle of the journal and kept aside.</param>
/// <param name="Quarantined">Journal records and entries kept aside in the quarantine folder since start.</param>
/// <param name="GenerationsSetAside">Damaged index generations set aside (renamed <c>bad-*</c>) since start.</param>
public sealed record IndexHealth(bool WritesFailing, string? LastWriteError, int DamagedJournalRecords, int Quarantined, int GenerationsSetAside);
