using System.Net.Http.Json;
using System.Text.Json;
using Search.Api.Tests.Support;

namespace Search.Api.Tests.Hosting;

public sealed class CorpusWatchTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("corpus-watch").FullName;

    [Fact]
    public async Task A_new_corpus_file_is_picked_up_without_a_restart()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_root, "corpus")).FullName;
        File.Copy(Path.Combine(SearchApiFactory.RepositoryRoot, "index", "corpus", "gzero.jsonl"), Path.Combine(corpus, "gzero.jsonl"));
        await using var factory = new SearchApiFactory(Path.Combine(_root, "lucene"), corpusPath: corpus);
        var client = await factory.ReadyClientAsync();
        Assert.Equal(0, await Total(client, "Grindavik"));

        await File.WriteAllTextAsync(Path.Combine(corpus, "late.jsonl"),
            """{"id":"volcano","title":"Volcano erupts near Grindavik","body":"Lava reached the edge of Grindavik in Iceland."}""" + "\n");

        for (var i = 0; i < 200 && await Total(client, "Grindavik") == 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1, await Total(client, "Grindavik"));
        Assert.Equal(10, await Total(client, ""));
    }

    private static async Task<int> Total(HttpClient client, string q) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(q))).GetProperty("total").GetInt32();

    public void Dispose() => TempFolders.Delete(_root);
}
