using Search.Core.Entities;

namespace Search.Synthetic.Newsroom;

/// <summary>A gazetteer country with the text forms precomputed once, so the hot loop only appends strings.</summary>
internal sealed class NewsCountry
{
    // Names that read wrong without an article in running text ("talks in the Netherlands").
    private static readonly HashSet<string> TakesThe =
    [
        "United States", "United Kingdom", "Netherlands", "Philippines", "Bahamas", "Gambia",
        "Central African Republic", "Dominican Republic", "United Arab Emirates", "Maldives",
        "Comoros", "Seychelles", "Marshall Islands", "Solomon Islands", "Cayman Islands",
        "Falkland Islands", "Faroe Islands", "Cook Islands", "Vatican City", "Czech Republic",
        "DR Congo", "British Virgin Islands", "United States Virgin Islands", "Isle of Man",
    ];

    public NewsCountry(Country country)
    {
        Name = country.Name;
        Display = TakesThe.Contains(country.Name) ? "the " + country.Name : country.Name;
        Capital = country.Capitals.Count > 0 ? country.Capitals[0] : Display;
        // "United States" has the demonym "American"; tiny territories sometimes have none.
        Demonym = country.Demonyms.Count > 0 ? country.Demonyms[0] : Name;
    }

    public string Name { get; }

    public string Display { get; }

    public string Capital { get; }

    public string Demonym { get; }

    public override string ToString() => Name;
}
