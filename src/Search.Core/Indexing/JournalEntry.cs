using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>One API write: a put carries the article, a delete only the id.</summary>
public sealed record JournalEntry(string Op, string Id, Article? Article)
{
    public const string Put = "put";
    public const string Delete = "delete";
}
