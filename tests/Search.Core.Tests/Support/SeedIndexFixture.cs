using Search.Core.Searching;
using Search.Core.Suggestions;

namespace Search.Core.Tests.Support;

/// <summary>One index of the nine seed stories shared by a test class.</summary>
public sealed class SeedIndexFixture : IDisposable
{
    public SeedIndexFixture()
    {
        Index = new TempIndex(TempIndex.SeedArticles());
        Search = new SearchService(Index.Store);
        Suggester = new Suggester(Index.Store);
    }

    public TempIndex Index { get; }
    public SearchService Search { get; }
    public Suggester Suggester { get; }

    public void Dispose() => Index.Dispose();
}
