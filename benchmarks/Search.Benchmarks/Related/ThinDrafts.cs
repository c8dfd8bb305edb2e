using Search.Benchmarks.Corpus;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Semantics;

namespace Search.Benchmarks.Related;

/// <summary>
/// "More from" for drafts thin in words: each sample article cut to its headline and first sentence, so the finder
/// adds the nearest articles by meaning (a scan of up to <see cref="RelatedOptions.SemanticScanLimit"/> stored vectors)
/// to its few lexical candidates. Only meaningful on an index with embeddings (<see cref="BenchSettings.Embeddings"/>).
/// </summary>
public sealed class ThinDrafts
{
    private readonly RelatedFinder _finder;
    private readonly Article[] _drafts;
    private int _next;

    public ThinDrafts(BenchIndex index, string[] ids, ArticleEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(index);
        _finder = new RelatedFinder(index.Store, embedder: embedder);
        using var lease = index.Store.Acquire();
        _drafts = ids.Select(id => ArticleLookup.Find(lease.Searcher, id)?.Article ?? throw new InvalidOperationException($"Unknown article {id}."))
            .Select(a => new Article { Id = "draft-" + a.Id, Title = a.Title, Body = FirstSentence(a.Body) })
            .ToArray();
    }

    /// <summary>Related list for the next thin draft; returns how many items and the length of their ids.</summary>
    public long Next()
    {
        var items = _finder.ForDraft(_drafts[_next++ % _drafts.Length], 5);
        long sum = items.Count;
        foreach (var item in items)
        {
            sum += item.Id.Length;
        }

        return sum;
    }

    private static string FirstSentence(string body)
    {
        var end = body.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? body[..(end + 1)] : body[..Math.Min(body.Length, 120)];
    }
}
