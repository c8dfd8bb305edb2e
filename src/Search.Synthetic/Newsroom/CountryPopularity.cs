using Bogus;
using Search.Core.Entities;

namespace Search.Synthetic.Newsroom;

/// <summary>
/// Orders the gazetteer by how often a country makes international news: a hand-written head
/// (the usual suspects), then the rest in a seeded shuffle so the tail is not alphabetical.
/// </summary>
internal static class CountryPopularity
{
    private static readonly string[] Head =
    [
        "United States", "China", "Russia", "Ukraine", "United Kingdom", "France", "Germany", "India",
        "Israel", "Iran", "Japan", "Türkiye", "Brazil", "Palestine", "Saudi Arabia", "South Korea",
        "North Korea", "Italy", "Canada", "Australia", "Mexico", "Syria", "Taiwan", "Pakistan", "Poland",
        "Spain", "Egypt", "South Africa", "Nigeria", "Iraq", "Afghanistan", "Venezuela", "Indonesia",
        "Lebanon", "Yemen", "Argentina", "Hungary", "Netherlands", "Sweden", "Qatar",
        "United Arab Emirates", "Belarus", "Georgia", "Greece", "Kenya", "Ethiopia", "Sudan",
        "Philippines", "Vietnam", "Thailand", "Colombia", "Chile", "Switzerland", "Norway", "Ireland",
    ];

    public static IReadOnlyList<NewsCountry> Order(IReadOnlyList<Country> gazetteer, Randomizer random)
    {
        var byName = gazetteer.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var ordered = new List<NewsCountry>(gazetteer.Count);
        foreach (var name in Head)
        {
            if (byName.Remove(name, out var country))
            {
                ordered.Add(new NewsCountry(country));
            }
        }

        // Shuffle in gazetteer order (not dictionary order) so the result depends only on the seed.
        var tail = gazetteer.Where(c => byName.ContainsKey(c.Name)).ToArray();
        foreach (var country in random.Shuffle(tail))
        {
            ordered.Add(new NewsCountry(country));
        }

        return ordered;
    }
}
