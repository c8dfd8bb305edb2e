namespace Search.Core.Entities;

/// <summary>
/// The project's own names on top of the gazetteer: the adjectives, short forms and metonyms news
/// uses ("Kazakh", "US", "the Kremlin"), places that are not capitals, and organisations.
/// Entries here win over the gazetteer, which is how shared demonyms ("French", "American") are settled.
/// </summary>
internal static class EntityAliases
{
    /// <summary>More names for gazetteer countries, by alpha-3 code.</summary>
    public static readonly IReadOnlyList<(string Code, string[] Names)> Countries =
    [
        ("USA", ["US", "USA", "America", "American", "Americans", "United States"]),
        ("GBR", ["UK", "Britain", "British", "Briton", "Britons", "Brit", "Brits"]),
        ("KAZ", ["Kazakh", "Kazakhs"]),
        ("SWE", ["Swede", "Swedes"]),
        ("ESP", ["Spaniard", "Spaniards"]),
        ("DNK", ["Dane", "Danes"]),
        ("AUS", ["Aussie", "Aussies"]),
        ("KOR", ["Korea"]),
        ("FLK", ["Falklands"]),
        ("KGZ", ["Kyrgyz"]),
        ("TJK", ["Tajik", "Tajiks"]),
        ("UZB", ["Uzbek", "Uzbeks"]),
        ("TKM", ["Turkmen", "Turkmens"]),
        ("TUR", ["Turkey", "Turk", "Turks"]),
        ("FRA", ["French"]),
        ("NLD", ["Dutch"]),
        ("DOM", ["Dominican", "Dominicans"]),
        ("COD", ["Congolese", "DRC", "Democratic Republic of Congo"]),
        ("NOR", ["Norwegian"]),
        ("IND", ["Indian"]),
        ("CZE", ["Czech Republic", "Czechs"]),
        ("ARE", ["UAE", "Emirati"]),
        ("SAU", ["Saudis"]),
        ("PRK", ["DPRK"]),
        ("CHN", ["PRC", "Chinese"]),
        ("KOR", ["ROK"]),
    ];

    /// <summary>Places that are not in the gazetteer (or need a better id), with their country.</summary>
    public static readonly IReadOnlyList<(string Name, string? Code, string[] Names)> Places =
    [
        ("Washington", "USA", ["Washington", "Washington DC", "Washington D.C."]),
        ("Kyiv", "UKR", ["Kyiv", "Kiev"]),
        ("New York", "USA", ["New York", "New York City", "NYC"]),
        ("Los Angeles", "USA", ["Los Angeles"]),
        ("California", "USA", ["California"]),
        ("Texas", "USA", ["Texas"]),
        ("Florida", "USA", ["Florida"]),
        ("Silicon Valley", "USA", ["Silicon Valley"]),
        ("Soviet Union", "RUS", ["Soviet Union", "Soviet", "Soviets", "USSR"]),
        ("Kursk", "RUS", ["Kursk"]),
        ("St Petersburg", "RUS", ["St Petersburg", "Saint Petersburg"]),
        ("Siberia", "RUS", ["Siberia"]),
        ("Chechnya", "RUS", ["Chechnya"]),
        ("Crimea", "UKR", ["Crimea"]),
        ("Donbas", "UKR", ["Donbas", "Donbass"]),
        ("Kharkiv", "UKR", ["Kharkiv"]),
        ("Odesa", "UKR", ["Odesa", "Odessa"]),
        ("Almaty", "KAZ", ["Almaty"]),
        ("Astana", "KAZ", ["Astana", "Nur-Sultan"]),
        ("Shanghai", "CHN", ["Shanghai"]),
        ("Xinjiang", "CHN", ["Xinjiang"]),
        ("Tibet", "CHN", ["Tibet"]),
        ("Gaza", "PSE", ["Gaza", "Gaza Strip"]),
        ("West Bank", "PSE", ["West Bank"]),
        ("Tel Aviv", "ISR", ["Tel Aviv"]),
        ("Istanbul", "TUR", ["Istanbul"]),
        ("Dubai", "ARE", ["Dubai"]),
        ("Mumbai", "IND", ["Mumbai"]),
        ("Geneva", "CHE", ["Geneva"]),
        ("Davos", "CHE", ["Davos"]),
        ("England", "GBR", ["England"]),
        ("Scotland", "GBR", ["Scotland", "Scottish", "Scot", "Scots"]),
        ("Wales", "GBR", ["Wales", "Welsh"]),
        ("Northern Ireland", "GBR", ["Northern Ireland"]),
        ("Central Asia", null, ["Central Asia", "Central Asian"]),
        ("Middle East", null, ["Middle East"]),
        ("Latin America", null, ["Latin America"]),
        ("Europe", null, ["Europe"]),
        ("Africa", null, ["Africa"]),
        ("Kashmir", null, ["Kashmir"]),
    ];

    /// <summary>Organisations: display name, implied country, every name they go by.</summary>
    public static readonly IReadOnlyList<(string Slug, string Name, string? Code, string[] Names)> Organisations =
    [
        ("nato", "NATO", null, ["NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"]),
        ("csto", "CSTO", null, ["CSTO", "Collective Security Treaty Organisation", "Collective Security Treaty Organization"]),
        ("eu", "European Union", null, ["EU", "European Union"]),
        ("un", "United Nations", null, ["UN", "United Nations"]),
        ("un-security-council", "UN Security Council", null, ["UN Security Council", "United Nations Security Council"]),
        ("opec", "OPEC", null, ["OPEC", "Opec", "OPEC+", "Organization of the Petroleum Exporting Countries"]),
        ("who", "World Health Organization", null, ["WHO", "World Health Organization", "World Health Organisation"]),
        ("imf", "IMF", null, ["IMF", "International Monetary Fund"]),
        ("world-bank", "World Bank", null, ["World Bank"]),
        ("wto", "WTO", null, ["WTO", "World Trade Organization", "World Trade Organisation"]),
        ("g7", "G7", null, ["G7", "G-7", "Group of Seven"]),
        ("g20", "G20", null, ["G20", "G-20", "Group of 20", "Group of Twenty"]),
        ("brics", "BRICS", null, ["BRICS"]),
        ("asean", "ASEAN", null, ["ASEAN", "Association of Southeast Asian Nations"]),
        ("african-union", "African Union", null, ["African Union"]),
        ("sco", "Shanghai Cooperation Organisation", null, ["SCO", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"]),
        ("osce", "OSCE", null, ["OSCE", "Organization for Security and Co-operation in Europe"]),
        ("eaeu", "Eurasian Economic Union", null, ["Eurasian Economic Union", "EAEU"]),
        ("icc", "International Criminal Court", null, ["ICC", "International Criminal Court"]),
        ("iaea", "IAEA", null, ["IAEA", "International Atomic Energy Agency"]),
        ("ecb", "European Central Bank", null, ["ECB", "European Central Bank"]),
        ("european-commission", "European Commission", null, ["European Commission"]),
        ("islamic-state", "Islamic State", null, ["Islamic State", "ISIS", "ISIL"]),
        ("federal-reserve", "Federal Reserve", "USA", ["Fed", "Federal Reserve"]),
        ("white-house", "White House", "USA", ["White House"]),
        ("pentagon", "Pentagon", "USA", ["Pentagon"]),
        ("state-department", "State Department", "USA", ["State Department"]),
        ("cia", "CIA", "USA", ["CIA"]),
        ("fbi", "FBI", "USA", ["FBI"]),
        ("kremlin", "Kremlin", "RUS", ["Kremlin"]),
        ("fsb", "FSB", "RUS", ["FSB"]),
        ("gazprom", "Gazprom", "RUS", ["Gazprom"]),
        ("wagner-group", "Wagner Group", "RUS", ["Wagner Group"]),
        ("downing-street", "Downing Street", "GBR", ["Downing Street"]),
        ("hamas", "Hamas", "PSE", ["Hamas"]),
        ("hezbollah", "Hezbollah", "LBN", ["Hezbollah"]),
        ("taliban", "Taliban", "AFG", ["Taliban"]),
        ("bytedance", "ByteDance", "CHN", ["ByteDance"]),
        ("tiktok", "TikTok", null, ["TikTok"]),
    ];

    /// <summary>Gazetteer names never matched: common words, first names, or several places at once.</summary>
    public static readonly IReadOnlySet<string> Excluded = new HashSet<string>(StringComparer.Ordinal)
    {
        "Kingston", "Victoria", "Hamilton", "Douglas", "Plymouth", "Stanley", "Jamestown", "Georgetown",
        "Santiago", "San Juan", "Saint-Denis", "The Valley", "The Bottom", "West Island", "Island", "Mann",
        "Mannin", "Prathet", "Viti", "Male", "Malé", "Praia", "Saint Helier", "Dominique", "Portuguesa",
        "Mexicanos", "Channel Islander", "Virgin Islander", "Antarctican",
    };

    /// <summary>Gazetteer names that are also common first names or words: matched only on their own.</summary>
    public static readonly IReadOnlySet<string> NeedContext = new HashSet<string>(StringComparer.Ordinal)
    {
        "Chad", "Jordan", "Georgia", "Guinea", "Jersey", "Holland", "Israel", "Sofia", "Moroni", "Lima", "Nassau",
        "Cuba", "Mali", "Niger", "Charlotte Amalie", "Paris",
    };
}
