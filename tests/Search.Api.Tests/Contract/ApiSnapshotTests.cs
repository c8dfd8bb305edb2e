using System.Diagnostics;
using Xunit.Abstractions;

namespace Search.Api.Tests.Contract;

/// <summary>
/// Golden tests of the HTTP contract: a fixed list of calls per corpus, answered by the real host and
/// compared with the answers recorded in Contract/Snapshots (status, content type and body, with tookMs
/// set to 0 and the ProblemDetails traceId dropped). Any difference fails and names the first call that
/// differs; a missing snapshot fails too. UPDATE_SNAPSHOTS=1 records the answers into the source tree instead.
/// </summary>
public sealed class ApiSnapshotTests(ITestOutputHelper output)
{
    private const int SyntheticSeed = 42; // the seed of the benchmarks and of `generate`
    private const int SyntheticArticles = 10_000;

    [Fact]
    public async Task Seed_corpus_answers_match_the_snapshot()
    {
        await using var factory = new SnapshotApiFactory();
        var client = await factory.ReadyClientAsync();

        var calls = await ApiRecorder.RecordAsync(client, SeedCorpusCalls.All);

        SnapshotFile.Match("seed", "index/corpus", calls);
    }

    [Fact]
    public async Task Synthetic_10k_archive_answers_match_the_snapshot()
    {
        var clock = Stopwatch.StartNew();
        using var corpus = SyntheticCorpus.Write(SyntheticSeed, SyntheticArticles);
        var written = clock.Elapsed;
        await using var factory = new SnapshotApiFactory(corpus.CorpusFolder);
        var client = await factory.ReadyClientAsync(TimeSpan.FromMinutes(5));
        var ready = clock.Elapsed;

        var calls = await ApiRecorder.RecordAsync(client, SyntheticCorpusCalls.For(corpus));

        output.WriteLine($"corpus written in {written.TotalSeconds:F1} s, index ready {(ready - written).TotalSeconds:F1} s later, {calls.Count} calls in {(clock.Elapsed - ready).TotalSeconds:F1} s");
        SnapshotFile.Match("synthetic-10k", $"NewsroomGenerator seed {SyntheticSeed}, {SyntheticArticles} articles", calls);
    }
}
