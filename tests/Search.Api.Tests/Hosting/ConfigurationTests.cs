using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Search.Api.Tests.Support;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Replication;
using Search.Core.Searching;
using Search.Core.Semantics;

namespace Search.Api.Tests.Hosting;

/// <summary>Every options class is bound from its own section, validated at start, and the keys operators use keep working.</summary>
public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Search:Index:RamBufferMb", "0")]
    [InlineData("Search:Index:IndexingThreads", "-1")]
    [InlineData("Search:Index:ResidentPostingsMb", "-5")]
    [InlineData("Search:Slicing:Slices", "99")]
    [InlineData("Search:Cache:SearchResults", "-1")]
    [InlineData("Search:Ranking:MaxPrefixExpansions", "0")]
    [InlineData("Search:Counting:ExactUpTo", "-1")]
    [InlineData("Search:Related:TextWeight", "2")]
    [InlineData("Search:Limits:DraftPermitsPerCore", "0")]
    [InlineData("Search:Limits:DraftQueue", "-1")]
    [InlineData("Search:Limits:RetryAfterSeconds", "0")]
    [InlineData("Search:Semantic:CachePath", "/tmp/")]
    [InlineData("Search:Replication:NatsUrl", "http://127.0.0.1:4222")]
    public void A_bad_value_stops_the_service_at_start_with_a_message_naming_its_key(string key, string value)
    {
        using var factory = new ConfiguredFactory((key, value));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_start_and_each_section_reaches_the_engine()
    {
        using var factory = new ConfiguredFactory(
            ("Search:Related:MaxCandidates", "42"),
            ("Search:Ranking:TitleBoost", "0.5"),
            ("Search:Slicing:FromDocs", "1000"),
            ("Search:Cache:RelatedLists", "7"),
            ("Search:Index:RamBufferMb", "32"),
            ("Search:Counting:ExactUpTo", "500"),
            ("Search:Semantic:Enabled", "false"));
        factory.CreateClient();
        var services = factory.Services;

        Assert.Equal(42, services.GetRequiredService<IOptions<RelatedOptions>>().Value.MaxCandidates);
        Assert.Equal(0.5f, services.GetRequiredService<IOptions<RankingOptions>>().Value.TitleBoost);
        Assert.Equal(1000, services.GetRequiredService<IOptions<SlicingOptions>>().Value.FromDocs);
        Assert.Equal(7, services.GetRequiredService<IOptions<CacheOptions>>().Value.RelatedLists);
        Assert.Equal(32, services.GetRequiredService<IOptions<IndexingOptions>>().Value.RamBufferMb);
        Assert.Equal(500, services.GetRequiredService<IOptions<CountingOptions>>().Value.ExactUpTo);
        Assert.Equal(CountingOptions.DefaultExactUpTo, new CountingOptions().ExactUpTo);
        Assert.False(services.GetRequiredService<IOptions<SemanticOptions>>().Value.Enabled);
    }

    [Fact]
    public void The_short_path_keys_operators_use_win_and_relative_paths_become_absolute()
    {
        using var factory = new ConfiguredFactory(("Search:Index:CorpusPath", "/nowhere/else"));
        factory.CreateClient();

        var options = factory.Services.GetRequiredService<IOptions<IndexingOptions>>().Value;

        // SearchApiFactory sets Search:CorpusPath and Search:IndexPath, the documented keys.
        Assert.Equal(Path.Combine(SearchApiFactory.RepositoryRoot, "index", "corpus"), options.CorpusPath);
        Assert.True(Path.IsPathRooted(options.IndexPath));
    }

    [Fact]
    public void Replicated_mode_without_a_replica_id_stops_the_service_at_start()
    {
        using var factory = new ConfiguredFactory(("Search:Replication:NatsUrl", "nats://127.0.0.1:4222"), ("Search:Replication:ReplicaId", "a.b"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Search:Replication:ReplicaId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_nats_url_writes_stay_on_this_node_and_nothing_of_replication_runs()
    {
        using var factory = new ConfiguredFactory();
        factory.CreateClient();

        Assert.IsType<LocalArticleWriter>(factory.Services.GetRequiredService<IArticleWriter>());
        Assert.Null(factory.Services.GetService<ReplicaFollower>());
        Assert.Null(factory.Services.GetService<WriteStream>());
    }

    private sealed class ConfiguredFactory(params (string Key, string Value)[] settings) : SearchApiFactory
    {
        protected override bool StartIndexing => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
