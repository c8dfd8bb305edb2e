using System.Globalization;

namespace Search.Core.Indexing;

/// <summary>
/// What a committed generation says about itself (Lucene commit user data): the corpus it was built
/// from, how many articles it holds, when it was built, how far into the API journal it has applied, and in
/// replicated mode the last stream sequence it holds (a restarted replica resumes the stream right after it).
/// </summary>
public sealed record IndexCommitInfo(string Fingerprint, int Articles, DateTimeOffset BuiltAt, long JournalOffset = 0, long StreamSequence = 0)
{
    private const string FingerprintKey = "corpusFingerprint";
    private const string ArticlesKey = "articles";
    private const string BuiltAtKey = "builtAt";
    // The position in the record journal (api-writes.journal). Commits made with the earlier line journal stored
    // "journalOffset" instead, a byte position in another file: they replay the journal from its start, which is
    // safe because every entry is an insert-or-replace or a delete by id.
    private const string JournalKey = "journalPosition";
    // Written only by replicas, so a single node's commits stay as they were.
    private const string StreamKey = "streamSequence";

    public IDictionary<string, string> ToUserData()
    {
        var data = new Dictionary<string, string>
        {
            [FingerprintKey] = Fingerprint,
            [ArticlesKey] = Articles.ToString(CultureInfo.InvariantCulture),
            [BuiltAtKey] = BuiltAt.ToString("O", CultureInfo.InvariantCulture),
            [JournalKey] = JournalOffset.ToString(CultureInfo.InvariantCulture),
        };
        if (StreamSequence > 0)
        {
            data[StreamKey] = StreamSequence.ToString(CultureInfo.InvariantCulture);
        }

        return data;
    }

    public static IndexCommitInfo? FromUserData(IDictionary<string, string> data) =>
        data.TryGetValue(FingerprintKey, out var fingerprint)
            ? new IndexCommitInfo(
                fingerprint,
                data.TryGetValue(ArticlesKey, out var n) && int.TryParse(n, CultureInfo.InvariantCulture, out var count) ? count : 0,
                data.TryGetValue(BuiltAtKey, out var at) && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var built) ? built : DateTimeOffset.MinValue,
                data.TryGetValue(JournalKey, out var j) && long.TryParse(j, CultureInfo.InvariantCulture, out var offset) ? offset : 0,
                data.TryGetValue(StreamKey, out var q) && long.TryParse(q, CultureInfo.InvariantCulture, out var sequence) ? sequence : 0)
            : null;
}
