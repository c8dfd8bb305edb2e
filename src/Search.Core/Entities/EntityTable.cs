namespace Search.Core.Entities;

/// <summary>
/// Reads one of the project's own name tables embedded from <c>Data/*.tsv</c>: tab-separated rows,
/// '#' comment lines, and "other names" cells holding several names separated by '|'.
/// </summary>
internal static class EntityTable
{
    public static IEnumerable<EntityTableRow> Read(string fileName)
    {
        using var stream = typeof(EntityTable).Assembly.GetManifestResourceStream("Search.Core.Entities.Data." + fileName)
            ?? throw new InvalidOperationException($"The embedded name table {fileName} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            yield return new EntityTableRow(line.Split('\t'));
        }
    }
}
