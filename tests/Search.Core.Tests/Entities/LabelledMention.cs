using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

/// <summary>
/// One row of <c>LabelledMentions.tsv</c>: a name an article of the shared corpora mentions, the forms
/// it takes there ("Vincent Jackson|Jackson"), and its gold type; <see cref="Kind"/> is null for "none".
/// </summary>
internal sealed record LabelledMention(string Dataset, string ArticleId, IReadOnlyList<string> Forms, EntityKind? Kind)
{
    public static IReadOnlyList<LabelledMention> Load(string path)
    {
        var fileName = Path.GetFileName(path);
        var rows = new List<LabelledMention>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || lineNumber == 1)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 4)
            {
                throw new FormatException($"{fileName}:{lineNumber}: expected 4 tab-separated cells, found {cells.Length}");
            }

            var forms = cells[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (forms.Length == 0)
            {
                throw new FormatException($"{fileName}:{lineNumber}: no mention");
            }

            rows.Add(new LabelledMention(cells[0], cells[1], forms, ParseKind(cells[3], $"{fileName}:{lineNumber}")));
        }

        return rows;
    }

    public string TypeName => Kind is { } kind ? Name(kind) : "none";

    public static string Name(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organisation => "organisation",
        EntityKind.Place => "place",
        EntityKind.Country => "country",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static EntityKind? ParseKind(string type, string where) => type switch
    {
        "person" => EntityKind.Person,
        "organisation" => EntityKind.Organisation,
        "place" => EntityKind.Place,
        "country" => EntityKind.Country,
        "none" => null,
        _ => throw new FormatException($"{where}: type '{type}' is not person|organisation|place|country|none"),
    };
}
