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
