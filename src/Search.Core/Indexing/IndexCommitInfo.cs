namespace Search.Core.Indexing;

/// <summary>What a committed generation says about itself (Lucene commit user data).</summary>
public sealed record IndexCommitInfo(string Fingerprint, int Articles, DateTimeOffset BuiltAt)
{
    private const string FingerprintKey = "corpusFingerprint";
    private const string ArticlesKey = "articles";
    private const string BuiltAtKey = "builtAt";

    public IDictionary<string, string> ToUserData() => new Dictionary<string, string>
    {
        [FingerprintKey] = Fingerprint,
        [ArticlesKey] = Articles.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [BuiltAtKey] = BuiltAt.ToString("O"),
    };

    public static IndexCommitInfo? FromUserData(IDictionary<string, string> data) =>
        data.TryGetValue(FingerprintKey, out var fingerprint)
            ? new IndexCommitInfo(
                fingerprint,
                data.TryGetValue(ArticlesKey, out var n) && int.TryParse(n, out var count) ? count : 0,
                data.TryGetValue(BuiltAtKey, out var at) && DateTimeOffset.TryParse(at, out var built) ? built : DateTimeOffset.MinValue)
            : null;
}
