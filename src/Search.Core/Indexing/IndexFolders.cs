namespace Search.Core.Indexing;

/// <summary>
/// The layout under the index path: generation folders <c>gen-*</c>, a <c>current</c> file naming the served one
/// and a <c>previous</c> file naming the last good one before it (the fallback when the served one is damaged).
/// Pointers are replaced by an atomic rename, so a crash leaves either the old or the new generation current,
/// never half of one. A damaged generation is set aside as <c>bad-*</c> for inspection, never deleted.
/// </summary>
internal sealed class IndexFolders(string root)
{
    private const string Prefix = "gen-";
    private const string BadPrefix = "bad-";

    public string Root => root;

    private string CurrentFile => Path.Combine(root, "current");
    private string PreviousFile => Path.Combine(root, "previous");

    public string? ReadCurrent() => ReadPointer(CurrentFile);

    public string? ReadPrevious() => ReadPointer(PreviousFile);

    public string NewGenerationFolder()
    {
        Directory.CreateDirectory(root);
        var name = $"{Prefix}{DateTime.UtcNow:yyyyMMdd-HHmmss-fffffff}";
        return Path.Combine(root, name);
    }

    /// <summary>Makes <paramref name="folder"/> current; the generation it replaces, if any and other, becomes the previous one.</summary>
    public void SetCurrent(string folder, bool keepReplacedAsPrevious = true)
    {
        var replaced = ReadCurrent();
        if (keepReplacedAsPrevious && replaced is not null && !Same(replaced, folder) && Directory.Exists(replaced))
        {
            WritePointer(PreviousFile, replaced);
        }

        WritePointer(CurrentFile, folder);
    }

    /// <summary>Forgets the previous pointer (it named the folder now served, or one set aside).</summary>
    public void ClearPrevious()
    {
        if (File.Exists(PreviousFile))
        {
            File.Delete(PreviousFile);
        }
    }

    /// <summary>Generation folders to try in turn on start: the current one, the previous one, then any other newest first.</summary>
    public IReadOnlyList<string> Candidates()
    {
        var candidates = new List<string>();
        foreach (var folder in new[] { ReadCurrent(), ReadPrevious() })
        {
            if (folder is not null && !candidates.Any(c => Same(c, folder)))
            {
                candidates.Add(folder);
            }
        }

        if (Directory.Exists(root))
        {
            candidates.AddRange(Directory.EnumerateDirectories(root, Prefix + "*")
                .Where(f => !candidates.Any(c => Same(c, f)))
                .OrderByDescending(f => Path.GetFileName(f), StringComparer.Ordinal));
        }

        return candidates;
    }

    /// <summary>Renames a damaged generation to <c>bad-*</c>, kept for inspection; returns its new path, or null if it could not be moved.</summary>
    public string? SetAside(string folder)
    {
        var target = Path.Combine(root, $"{BadPrefix}{Path.GetFileName(folder)}-{DateTime.UtcNow:yyyyMMddHHmmss}");
        try
        {
            Directory.Move(folder, target);
            return target;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Deletes generation folders other than those named; returns how many could not be deleted yet.</summary>
    public int DeleteAllExcept(params string?[] keep)
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var failed = 0;
        foreach (var folder in Directory.EnumerateDirectories(root, Prefix + "*"))
        {
            if (keep.Any(k => k is not null && Same(k, folder)))
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

    private static bool Same(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private string? ReadPointer(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var name = File.ReadAllText(file).Trim();
        return name.StartsWith(Prefix, StringComparison.Ordinal) && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 ? Path.Combine(root, name) : null;
    }

    private static void WritePointer(string file, string folder)
    {
        var temp = file + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Path.GetFileName(folder));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, file, overwrite: true);
    }
}
