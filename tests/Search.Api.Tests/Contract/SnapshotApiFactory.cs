using Microsoft.AspNetCore.Hosting;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Contract;

/// <summary>
/// The test host with one indexing thread. With several, each thread fills its own in-memory segment, so
/// which article gets which Lucene doc id depends on thread timing, and equal scores (ties broken by doc id)
/// come back in a different order from one run to the next. One thread adds the articles in corpus order.
/// A synthetic archive (<paramref name="corpusPath"/> given) is indexed without sentence embeddings: on one
/// thread, embedding 10,000 articles would take minutes of the test run (benchmarks/RESULTS.md, "Semantic
/// embeddings"); the seed corpus keeps them, as shipped.
/// </summary>
public sealed class SnapshotApiFactory(string? corpusPath = null) : SearchApiFactory(corpusPath: corpusPath)
{
    private readonly bool _synthetic = corpusPath is not null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Search:Index:IndexingThreads", "1");
        // Popular queries join the suggestions as the writer catches up, so with analytics on a suggestion snapshot
        // would depend on timing; the feed has its own tests (SuggestTermsTests, SuggesterTests).
        builder.UseSetting("Search:Analytics:Enabled", "false");
        if (_synthetic)
        {
            builder.UseSetting("Search:Semantic:Enabled", "false");
        }
    }
}
