using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Search.Api.Tests.Support;
using Search.Synthetic;
using Xunit.Abstractions;

namespace Search.Api.Tests.Features;

public sealed class HostileInputTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hostile").FullName;

    [Fact]
    public async Task Ten_thousand_hostile_requests_get_no_server_error()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_root, "corpus")).FullName;
        // SEARCH_HOSTILE_CORPUS_SIZE=100000 runs the same traffic against a 100k archive (the slowest request is printed).
        var size = int.TryParse(Environment.GetEnvironmentVariable("SEARCH_HOSTILE_CORPUS_SIZE"), out var n) && n > 0 ? n : 2_000;
        CorpusFileWriter.Write(new NewsroomGenerator(7).Generate(size), Path.Combine(corpus, "synthetic.jsonl.gz"));
        File.Copy(Path.Combine(SearchApiFactory.RepositoryRoot, "index", "corpus", "gzero.jsonl"), Path.Combine(corpus, "gzero.jsonl"));
        await using var factory = new WithoutEmbeddingsFactory(Path.Combine(_root, "lucene"), corpus);
        var client = await factory.ReadyClientAsync(TimeSpan.FromMinutes(5));

        var statuses = new Dictionary<HttpStatusCode, int>();
        var slowest = (Ms: 0.0, Url: "");
        var serverErrors = new List<string>();
        foreach (var url in new HostileRequests(seed: 20261125).Generate(10_000))
        {
            var started = Stopwatch.GetTimestamp();
            var response = await client.GetAsync(url);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            if ((int)response.StatusCode >= 500)
            {
                serverErrors.Add($"{(int)response.StatusCode} {url[..Math.Min(url.Length, 300)]}");
            }

            if (ms > slowest.Ms)
            {
                slowest = (ms, url[..Math.Min(url.Length, 200)]);
            }
        }

        output.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}")));
        output.WriteLine($"slowest {slowest.Ms:F1} ms: {slowest.Url}");
        Assert.Empty(serverErrors);
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) > 3_000, "hostile text with valid parameters should still be answered");
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.BadRequest) > 100, "bad parameters should be refused");
    }

    public void Dispose() => TempFolders.Delete(_root);

    /// <summary>
    /// The archive indexed without sentence embeddings: the model would embed its 2,000 articles, more than doubling the
    /// suite's CPU time, and the hostile requests are GETs, which never call the model.
    /// </summary>
    private sealed class WithoutEmbeddingsFactory(string indexPath, string corpusPath) : SearchApiFactory(indexPath, corpusPath: corpusPath)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Search:Semantic:Enabled", "false");
        }
    }
}
