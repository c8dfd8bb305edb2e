using System.Text.Json;

namespace Search.Core.Entities;

/// <summary>
/// The countries gazetteer shipped inside the engine (embedded <c>Data/countries.jsonl</c>,
/// ODbL, credit mledoze/countries; see <c>Data/NOTICE.md</c>).
/// </summary>
public static class CountryGazetteer
{
    private static readonly Lazy<IReadOnlyList<Country>> Loaded = new(Load);

    public static IReadOnlyList<Country> All => Loaded.Value;

    private static IReadOnlyList<Country> Load()
    {
        using var stream = typeof(CountryGazetteer).Assembly.GetManifestResourceStream("Search.Core.Entities.Data.countries.jsonl")
            ?? throw new InvalidOperationException("The embedded gazetteer countries.jsonl is missing.");
        using var reader = new StreamReader(stream);
        var countries = new List<Country>(260);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            countries.Add(new Country(
                root.GetProperty("code").GetString()!,
                root.GetProperty("name").GetString()!,
                root.GetProperty("official").GetString()!,
                Strings(root, "altSpellings"),
                Strings(root, "capital"),
                Strings(root, "demonyms"),
                root.GetProperty("region").GetString() ?? "",
                root.GetProperty("subregion").GetString() ?? ""));
        }

        return countries;
    }

    private static IReadOnlyList<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString()).OfType<string>().Where(s => s.Length > 0).ToArray()
            : [];
}
