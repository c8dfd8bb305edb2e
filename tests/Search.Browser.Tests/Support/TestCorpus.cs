using System.Text.Json;

namespace Search.Browser.Tests.Support;

/// <summary>
/// The shipped nine GZERO stories plus one hostile article whose fields are all markup. It has no url: a
/// <c>javascript:</c> one is refused at the edge now (the corpus rules), and an article without one is a case the page must handle.
/// </summary>
public static class TestCorpus
{
    public const string KazakhstanId = "kazakhstan-the-west-wing-in-a-g-zero-world";
    public const string PutinHasWonId = "why-trumps-return-means-putin-has-finally-won";
    public const string KurskId = "zelensky-says-ukraine-captured-two-north-korean-soldiers-in-kursk";
    public const string HostileId = "hostile-markup-in-every-field";

    /// <summary>Any of these, run as script, would set window.__xss.</summary>
    public const string HostileTitle = "<script>window.__xss = 1</script>Marmalade <img src=x onerror=\"window.__xss = 2\"> review";

    public static string RepositoryRoot { get; } = FindRoot();

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(RepositoryRoot, "index", "corpus", "gzero.jsonl"), Path.Combine(folder, "gzero.jsonl"));
        var hostile = new
        {
            id = HostileId,
            title = HostileTitle,
            body = "Seville marmalade wants bitter oranges, sugar and patience. <script>window.__xss = 3</script>\n\nThe jar sets overnight <b onmouseover=\"window.__xss = 4\">firmly</b>.",
            summary = "Bitter oranges <iframe src=\"javascript:window.__xss = 5\"></iframe> and sugar.",
            section = "<em>Food</em>",
            authors = new[] { "<i>Critic</i>" },
            publishedAt = "2024-06-01T00:00:00Z",
            images = new[] { new { caption = "<svg onload=\"window.__xss = 7\">A jar</svg>", credit = "<u>Kitchen</u>" } },
        };
        File.WriteAllText(Path.Combine(folder, "hostile.jsonl"), JsonSerializer.Serialize(hostile) + "\n");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Search.sln not found above the test assembly.");
    }
}
