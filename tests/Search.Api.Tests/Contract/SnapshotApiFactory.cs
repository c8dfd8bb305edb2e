using Microsoft.AspNetCore.Hosting;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Contract;

/// <summary>
/// The test host with one indexing thread. With several, each thread fills its own in-memory segment, so
/// which article gets which Lucene doc id depends on thread timing, and equal scores (ties broken by doc id)
/// come back in a different order from one run to the next. One thread adds the articles in corpus order.
/// </summary>
public sealed class SnapshotApiFactory(string? corpusPath = null) : SearchApiFactory(corpusPath: corpusPath)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Search:Index:IndexingThreads", "1");
    }
}
