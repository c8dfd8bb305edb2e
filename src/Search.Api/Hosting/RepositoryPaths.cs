namespace Search.Api.Hosting;

/// <summary>
/// Resolves the configured relative corpus and index paths: against the working directory when they
/// exist there (the README's <c>dotnet run</c> from the repository root), otherwise against the
/// repository root found above the app, so the service also starts from its project folder.
/// </summary>
internal static class RepositoryPaths
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || Path.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, path));
            }
        }

        return Path.GetFullPath(path);
    }
}
