using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>
/// One write: a put carries the article, a delete only the id, a reindex (replicated mode) asks every replica to
/// rebuild. <see cref="Sequence"/> is the write's position in the replicated stream (null for a single node's own
/// writes, which keeps their records as they always were).
/// </summary>
public sealed record JournalEntry(string Op, string Id, Article? Article, long? Sequence = null)
{
    public const string Put = "put";
    public const string Delete = "delete";
    public const string Reindex = "reindex";

    /// <summary>A stream message that held no write: recorded so its sequence counts as applied.</summary>
    public const string Skip = "skip";
}
