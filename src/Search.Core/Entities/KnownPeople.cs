namespace Search.Core.Entities;

/// <summary>
/// Well-known people with the country they stand for, so "Putin" or "Tokayev" alone resolve to one
/// canonical person and link the story to Russia or Kazakhstan. Bare surnames are listed only
/// where news uses them unambiguously.
/// </summary>
internal static class KnownPeople
{
    public static readonly IReadOnlyList<(string Name, string? Code, string[] OtherNames)> All =
    [
        ("Vladimir Putin", "RUS", ["Putin", "Vladimir V. Putin"]),
        ("Sergei Lavrov", "RUS", ["Lavrov", "Sergey Lavrov"]),
        ("Dmitry Peskov", "RUS", ["Peskov"]),
        ("Xi Jinping", "CHN", ["Xi"]),
        ("Kassym-Jomart Tokayev", "KAZ", ["Tokayev", "Kassym-Jomart Tokaev"]),
        ("Nursultan Nazarbayev", "KAZ", ["Nazarbayev"]),
        ("Volodymyr Zelensky", "UKR", ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"]),
        ("Joe Biden", "USA", ["Biden", "Joseph Biden", "Joseph R. Biden"]),
        ("Donald Trump", "USA", ["Trump", "Donald J. Trump"]),
        ("Kamala Harris", "USA", []),
        ("Barack Obama", "USA", ["Obama"]),
        ("George W. Bush", "USA", []),
        ("Antony Blinken", "USA", ["Blinken"]),
        ("Kim Jong Un", "PRK", ["Kim Jong-un", "Kim Jong-Un"]),
        ("Nicolás Maduro", "VEN", ["Maduro", "Nicolas Maduro"]),
        ("Alexander Lukashenko", "BLR", ["Lukashenko", "Aleksandr Lukashenko", "Alyaksandr Lukashenka"]),
        ("Recep Tayyip Erdoğan", "TUR", ["Erdogan", "Erdoğan", "Recep Tayyip Erdogan"]),
        ("Narendra Modi", "IND", ["Modi"]),
        ("Emmanuel Macron", "FRA", ["Macron"]),
        ("Olaf Scholz", "DEU", ["Scholz"]),
        ("Benjamin Netanyahu", "ISR", ["Netanyahu"]),
        ("Jair Bolsonaro", "BRA", ["Bolsonaro"]),
        ("Luiz Inácio Lula da Silva", "BRA", ["Lula", "Lula da Silva", "Luiz Inacio Lula da Silva"]),
        ("Boris Johnson", "GBR", []),
        ("Rishi Sunak", "GBR", ["Sunak"]),
        ("Keir Starmer", "GBR", ["Starmer"]),
        ("Ali Khamenei", "IRN", ["Khamenei"]),
        ("Bashar al-Assad", "SYR", ["Assad", "al-Assad", "Bashar Assad"]),
        ("Mohammed bin Salman", "SAU", []),
        ("Fumio Kishida", "JPN", ["Kishida"]),
        ("Justin Trudeau", "CAN", ["Trudeau"]),
        ("Viktor Orbán", "HUN", ["Orbán", "Orban", "Viktor Orban"]),
        ("Giorgia Meloni", "ITA", ["Meloni"]),
        ("Ilham Aliyev", "AZE", ["Aliyev"]),
        ("Nikol Pashinyan", "ARM", ["Pashinyan"]),
        ("Javier Milei", "ARG", ["Milei"]),
        ("Claudia Sheinbaum", "MEX", ["Sheinbaum"]),
        ("Cyril Ramaphosa", "ZAF", ["Ramaphosa"]),
        ("Yoon Suk Yeol", "KOR", []),
        ("Ursula von der Leyen", null, ["von der Leyen"]),
    ];
}
