using Bogus;
using Search.Core.Entities;
using Search.Synthetic.Randomness;

namespace Search.Synthetic.Newsroom;

/// <summary>
/// Everyone and everything the newsroom writes about, invented once per seed with Bogus and
/// then only indexed into: Faker calls are far too slow for the per-article loop.
/// </summary>
internal sealed class NewsroomPools
{
    private const int ExtraPoliticians = 2000;
    private const int CompanyCount = 500;
    private const int BylineCount = 200;
    private const int PhotographerCount = 300;

    private static readonly string[] LeaderRoles = ["president", "prime minister"];

    private static readonly string[] MinisterRoles =
    [
        "foreign minister", "finance minister", "defence minister", "health minister", "energy minister",
        "interior minister", "trade minister", "environment minister", "sports minister", "opposition leader",
        "central bank governor", "economy minister", "justice minister", "government spokesperson",
    ];

    private static readonly string[] Industries =
    [
        "Energy", "Motors", "Systems", "Holdings", "Pharmaceuticals", "Logistics", "Mining", "Telecom", "Capital",
        "Airlines", "Foods", "Steel", "Semiconductors", "Shipping", "Bank", "Insurance", "Networks", "Robotics",
        "Solar", "Petroleum", "Media", "Chemicals", "Aerospace", "Retail",
    ];

    private static readonly string[] ExecutiveRoles = ["chief executive", "chief financial officer", "chair", "president"];

    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ZipfSampler> _samplersBySize;

    public NewsroomPools(int seed)
    {
        var faker = new Faker("en") { Random = new Randomizer(SeedMixer.Mix(seed, 0, SeedMixer.PoolStream)) };
        var random = faker.Random;

        Countries = CountryPopularity.Order(CountryGazetteer.All, random);
        CountrySampler = new ZipfSampler(Countries.Count, 1.0);

        var politicians = Countries.Select(_ => new List<PublicFigure>()).ToArray();
        // Every country gets a head of state and of government, so any country can lead a story.
        for (var c = 0; c < Countries.Count; c++)
        {
            foreach (var role in LeaderRoles)
            {
                politicians[c].Add(NewPerson(faker, $"{role} of {Countries[c].Display}", Countries[c], null));
            }
        }

        for (var i = 0; i < ExtraPoliticians; i++)
        {
            var c = CountrySampler.Sample(random);
            var role = random.Number(0, 9) == 0 ? $"mayor of {Countries[c].Capital}" : $"{random.Pick(MinisterRoles)} of {Countries[c].Display}";
            politicians[c].Add(NewPerson(faker, role, Countries[c], null));
        }

        var executives = Countries.Select(_ => new List<PublicFigure>()).ToArray();
        var companies = new List<Organisation>(CompanyCount);
        while (companies.Count < CompanyCount)
        {
            var name = $"{faker.Name.LastName()} {random.Pick(Industries)}";
            if (!_usedNames.Add(name))
            {
                continue;
            }

            var company = new Organisation(name, name);
            companies.Add(company);
            var c = CountrySampler.Sample(random);
            for (var e = random.Number(1, 2); e > 0; e--)
            {
                executives[c].Add(NewPerson(faker, $"{random.Pick(ExecutiveRoles)} of {name}", Countries[c], company));
            }
        }

        Politicians = politicians.Select(p => p.ToArray()).ToArray();
        Executives = executives.Select(p => p.ToArray()).ToArray();
        Companies = companies;
        CompanySampler = new ZipfSampler(companies.Count, 1.0);
        Bylines = Enumerable.Range(0, BylineCount).Select(_ => NewName(faker).Full).ToArray();
        BylineSampler = new ZipfSampler(Bylines.Count, 0.8);
        Photographers = Enumerable.Range(0, PhotographerCount).Select(_ => NewName(faker).Full).ToArray();
        PhotographerSampler = new ZipfSampler(Photographers.Count, 0.8);
        _samplersBySize = Politicians.Concat(Executives).Select(p => p.Length).Where(n => n > 0).Distinct()
            .ToDictionary(n => n, n => new ZipfSampler(n, 1.0));
    }

    /// <summary>Countries in news-popularity order; draw with <see cref="CountrySampler"/>.</summary>
    public IReadOnlyList<NewsCountry> Countries { get; }

    public ZipfSampler CountrySampler { get; }

    /// <summary>Per country (same index as <see cref="Countries"/>): leaders first, so Zipf favours them.</summary>
    public IReadOnlyList<PublicFigure[]> Politicians { get; }

    /// <summary>Per country: executives of companies headquartered there (may be empty).</summary>
    public IReadOnlyList<PublicFigure[]> Executives { get; }

    public IReadOnlyList<Organisation> Companies { get; }

    public ZipfSampler CompanySampler { get; }

    public IReadOnlyList<string> Bylines { get; }

    public ZipfSampler BylineSampler { get; }

    public IReadOnlyList<string> Photographers { get; }

    public ZipfSampler PhotographerSampler { get; }

    /// <summary>A Zipf pick from a country's politicians or executives: a few names dominate each country.</summary>
    public PublicFigure PickPerson(PublicFigure[] people, Randomizer random) => people[_samplersBySize[people.Length].Sample(random)];

    private PublicFigure NewPerson(Faker faker, string role, NewsCountry country, Organisation? employer)
    {
        var (full, last) = NewName(faker);
        return new PublicFigure(full, last, role, country, employer);
    }

    // Unique names keep "same person" meaningful for entity tests and related-article search.
    private (string Full, string Last) NewName(Faker faker)
    {
        while (true)
        {
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var full = $"{first} {last}";
            if (_usedNames.Add(full))
            {
                return (full, last);
            }
        }
    }
}
