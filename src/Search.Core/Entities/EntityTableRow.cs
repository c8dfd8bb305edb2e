namespace Search.Core.Entities;

/// <summary>One row of a name table: cells by position, empty when absent.</summary>
internal readonly record struct EntityTableRow(string[] Cells)
{
    public string this[int index] => index < Cells.Length ? Cells[index].Trim() : "";

    /// <summary>Whether the comma-separated flags in cell <paramref name="index"/> hold <paramref name="flag"/>.</summary>
    public bool HasFlag(int index, string flag) => this[index].Split(',', StringSplitOptions.TrimEntries).Contains(flag);

    public string[] Names(int index) =>
        this[index].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
