namespace Search.Core.Tests.Support;

/// <summary>Locates the repository (the folder with Search.sln) and the shared evaluation data beside it.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedCorpus => Path.Combine(RepositoryRoot, "index", "corpus");

    /// <summary><c>../shared/data</c> next to the checkout: present in CI, absent on a bare clone.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Search.sln not found above " + AppContext.BaseDirectory);
    }
}
