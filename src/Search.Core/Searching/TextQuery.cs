using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// What the typed text became: <see cref="Match"/> decides which articles match and scores them;
/// <see cref="Proximity"/>, when there is one, only adds to the score of the best of them.
/// </summary>
public sealed record TextQuery(Query Match, Query? Proximity)
{
    /// <summary>True when every match scores alike (stop words only), so relevance cannot order them.</summary>
    public bool Unranked { get; init; }
}
