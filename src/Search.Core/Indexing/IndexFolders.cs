namespace Search.Core.Indexing;

/// <summary>
/// The layout under the index path: generation folders <c>gen-*</c> and a <c>current</c> file naming
/// the served one. The pointer is replaced by an atomic rename, so a crash leaves either the old or
/// the new generation current, never half of one; unreferenced folders are leftovers to delete.
/// </summary>
internal sealed class IndexFolders(string root)
{
    private const string Prefix = "gen-";
    private string PointerFile => Path.Combine(root, "current");

    public string Root => root;

    public string? ReadCurrent()
    {
        if (!File.Exists(PointerFile))
        {
            return null;
        }

        var name = File.ReadAllText(PointerFile).Trim();
        return name.StartsWith(Prefix, StringComparison.Ordinal) ? Path.Combine(root, name) : null;
    }

    public string NewGenerationFolder()
    {
        Directory.CreateDirectory(root);
        var name = $"{Prefix}{DateTime.UtcNow:yyyyMMdd-HHmmss-fffffff}";
        return Path.Combine(root, name);
    }

    public void SetCurrent(string folder)
    {
        var temp = PointerFile + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Path.GetFileName(folder));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, PointerFile, overwrite: true);
    }

    /// <summary>Deletes generation folders other than <paramref name="keep"/>; returns how many could not be deleted yet.</summary>
    public int DeleteAllExcept(string? keep)
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var failed = 0;
        foreach (var folder in Directory.EnumerateDirectories(root, Prefix + "*"))
        {
            if (keep is not null && string.Equals(Path.GetFullPath(folder), Path.GetFullPath(keep), StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                failed++;
            }
            catch (UnauthorizedAccessException)
            {
                failed++;
            }
        }

        return failed;
    }
}
