namespace Search.Core.Entities;

/// <summary>
/// Builds the default <see cref="EntityDictionary"/>: the gazetteer first (names, official names,
/// alternative spellings, demonyms, capitals), then the alias table and known people on top.
/// </summary>
internal static class EntityCatalog
{
    public static EntityDictionary Build()
    {
        var dictionary = new EntityDictionary();
        var countries = new Dictionary<string, EntityDefinition>(StringComparer.Ordinal);
        foreach (var country in CountryGazetteer.All)
        {
            var entity = new EntityDefinition(EntityIds.Country(country.Code), country.Name, EntityKind.Country);
            countries[country.Code] = entity;
            foreach (var name in CountryNames(country))
            {
                AddGazetteerName(dictionary, name, entity);
            }

            foreach (var capital in country.Capitals.Where(c => c != country.Name))
            {
                var place = new EntityDefinition(EntityIds.For(EntityKind.Place, capital), capital, EntityKind.Place, entity);
                AddGazetteerName(dictionary, capital, place);
            }
        }

        AddTables(dictionary, countries);

        foreach (var (code, names) in EntityAliases.Countries)
        {
            AddAll(dictionary, names, countries[code]);
        }

        foreach (var (name, code, names) in EntityAliases.Places)
        {
            AddAll(dictionary, names, new EntityDefinition(EntityIds.For(EntityKind.Place, name), name, EntityKind.Place, Implied(countries, code)));
        }

        foreach (var (slug, name, code, names) in EntityAliases.Organisations)
        {
            AddAll(dictionary, names, new EntityDefinition("org:" + slug, name, EntityKind.Organisation, Implied(countries, code)));
        }

        foreach (var (name, code, otherNames) in KnownPeople.All)
        {
            var person = new EntityDefinition(EntityIds.For(EntityKind.Person, name), name, EntityKind.Person, Implied(countries, code));
            AddAll(dictionary, [name, .. otherNames], person);
        }

        return dictionary;
    }

    // The gazetteer keeps its names; the alias table and known people, added next, win over these.
    private static void AddTables(EntityDictionary dictionary, Dictionary<string, EntityDefinition> countries)
    {
        foreach (var row in EntityTable.Read("places.tsv"))
        {
            var place = new EntityDefinition(EntityIds.For(EntityKind.Place, row[0]), row[0], EntityKind.Place, Implied(countries, Code(row[1])));
            AddTableNames(dictionary, [row[0], .. row.Names(2)], place, row.HasFlag(3, "context"));
        }

        foreach (var row in EntityTable.Read("organisations.tsv"))
        {
            var traits = (row.HasFlag(3, "team") ? EntityTraits.Team : EntityTraits.None) | (row.HasFlag(3, "media") ? EntityTraits.Media : EntityTraits.None);
            var organisation = new EntityDefinition(
                EntityIds.For(EntityKind.Organisation, row[0]), row[0], EntityKind.Organisation, Implied(countries, Code(row[1])), traits);
            AddTableNames(dictionary, [row[0], .. row.Names(2)], organisation, row.HasFlag(3, "context"));
        }

        foreach (var row in EntityTable.Read("non-entities.tsv"))
        {
            AddTableNames(dictionary, [row[0], .. row.Names(1)], EntityDefinition.NotAName, needsContext: false);
        }
    }

    private static void AddTableNames(EntityDictionary dictionary, IEnumerable<string> names, EntityDefinition entity, bool needsContext)
    {
        foreach (var form in names.SelectMany(WithAsciiForm))
        {
            dictionary.Add(form, entity, needsContext);
        }
    }

    private static string? Code(string cell) => cell.Length == 0 ? null : cell;

    private static IEnumerable<string> CountryNames(Country country)
    {
        yield return country.Name;
        yield return country.Official;
        foreach (var alt in country.AltSpellings.Where(a => a.Length > 3 && !a.Contains(',')))
        {
            yield return alt;
        }

        // Rows like "Antiguan, Barbudan" and "Kittitian or Nevisian" hold several demonyms.
        var demonyms = country.Demonyms
            .SelectMany(d => d.Replace(" or ", ",", StringComparison.Ordinal).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        foreach (var demonym in demonyms)
        {
            yield return demonym;
            if (Plural(demonym) is { } plural)
            {
                yield return plural;
            }
        }
    }

    // "Russians", "Afghans"; not "Chineses" or "Britishs".
    private static string? Plural(string demonym) =>
        demonym.EndsWith("ese", StringComparison.Ordinal) || demonym.EndsWith("sh", StringComparison.Ordinal)
        || demonym.EndsWith("ch", StringComparison.Ordinal) || demonym.EndsWith('s') || demonym.EndsWith('x')
            ? null
            : demonym + "s";

    private static void AddGazetteerName(EntityDictionary dictionary, string name, EntityDefinition entity)
    {
        foreach (var form in WithAsciiForm(name))
        {
            if (!EntityAliases.Excluded.Contains(form))
            {
                dictionary.Add(form, entity, EntityAliases.NeedContext.Contains(form));
            }
        }
    }

    private static void AddAll(EntityDictionary dictionary, IEnumerable<string> names, EntityDefinition entity)
    {
        foreach (var form in names.SelectMany(WithAsciiForm))
        {
            dictionary.Add(form, entity, replace: true);
        }
    }

    // Wire copy often drops accents: "Bogota", "Nicolas Maduro", "Sao Tome".
    private static IEnumerable<string> WithAsciiForm(string name)
    {
        yield return name;
        var ascii = EntityIds.FoldToAscii(name);
        if (ascii != name && ascii.Length > 0)
        {
            yield return ascii;
        }
    }

    private static EntityDefinition? Implied(Dictionary<string, EntityDefinition> countries, string? code) =>
        code is null ? null : countries[code];
}
