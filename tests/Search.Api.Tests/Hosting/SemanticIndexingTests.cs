using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Search.Api.Tests.Support;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Semantics;

namespace Search.Api.Tests.Hosting;

/// <summary>"Search:Semantic" decides whether the host embeds articles, and where it caches their vectors.</summary>
public sealed class SemanticIndexingTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_host_indexes_embeddings_exactly_when_semantic_is_enabled(bool enabled)
    {
        await using var factory = new SemanticFactory(enabled);
        await factory.ReadyClientAsync();
        var indexPath = factory.Services.GetRequiredService<IOptions<IndexingOptions>>().Value.IndexPath;

        using (var lease = factory.Services.GetRequiredService<IndexStore>().Acquire())
        {
            Assert.Equal(enabled, new EmbeddingValues(lease.Searcher.IndexReader).Any);
        }

        Assert.Equal(enabled, File.Exists(Path.Combine(indexPath, SemanticOptions.DefaultCacheFile)));
    }

    private sealed class SemanticFactory(bool enabled) : SearchApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Search:Semantic:Enabled", enabled ? "true" : "false");
        }
    }
}
