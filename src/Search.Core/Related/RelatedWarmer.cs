using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Related;

/// <summary>Warms a new generation with the related lists of a few of its articles, as the widget asks for them.</summary>
public sealed class RelatedWarmer(RelatedFinder finder, int rounds) : IIndexWarmer
{
    private const int Articles = 4;
    private const int Count = 5;

    public void Warm(IndexSearcher searcher, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var ids = WarmUpSample.Articles(searcher, Articles).Select(a => a.Id).ToList();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var id in ids)
            {
                if (stop.IsCancellationRequested)
                {
                    return;
                }

                finder.ForArticle(searcher, id, Count);
            }
        }
    }
}
