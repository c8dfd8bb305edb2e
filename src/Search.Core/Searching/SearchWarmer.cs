using Lucene.Net.Search;
using Search.Core.Articles;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// Warms a new generation with the search box's own requests built from a few of its headlines: the default
/// request on two words and on one, a quoted phrase, a misspelling (the spelling retry), a prefix, and newest
/// order (which uninverts the date field per segment), each a few rounds so the hot methods reach the JIT's
/// optimised tier before readers arrive.
/// </summary>
public sealed class SearchWarmer(SearchService search, int rounds) : IIndexWarmer
{
    private const int Headlines = 6;

    public void Warm(IndexSearcher searcher, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var requests = Requests(WarmUpSample.Articles(searcher, Headlines));
        for (var round = 0; round < rounds; round++)
        {
            foreach (var request in requests)
            {
                if (stop.IsCancellationRequested)
                {
                    return;
                }

                search.Compute(searcher, request);
            }
        }
    }

    /// <summary>The warm-up requests for the sampled articles (also what the tests check finds matches).</summary>
    public static IReadOnlyList<SearchRequest> Requests(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var requests = new List<SearchRequest>();
        foreach (var article in articles)
        {
            var words = WarmUpSample.TitleWords(article);
            if (words.Count == 0)
            {
                continue;
            }

            var longest = words.MaxBy(w => w.Length)!;
            requests.Add(new SearchRequest { Query = string.Join(' ', words.Take(2)) });
            requests.Add(new SearchRequest { Query = longest });
            requests.Add(new SearchRequest { Query = longest, Sort = SearchSort.Newest });
            requests.Add(new SearchRequest { Query = longest[..3] + "*" });
            if (WarmUpSample.TitlePhrase(article) is { } phrase)
            {
                requests.Add(new SearchRequest { Query = $"\"{phrase}\"" });
            }

            if (longest.Length >= 6)
            {
                requests.Add(new SearchRequest { Query = longest[..2] + longest[3..] });
            }
        }

        return requests;
    }
}
