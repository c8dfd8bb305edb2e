namespace Search.Synthetic.Newsroom;

/// <summary>The real international bodies stories may involve, written as running text uses them.</summary>
internal static class Institutions
{
    private static readonly Dictionary<string, Organisation> ByName = new[]
    {
        "NATO", "the UN", "the EU", "the WHO", "the IMF", "OPEC", "the World Bank", "the WTO", "the G20",
        "ASEAN", "the African Union", "the OSCE", "the Red Cross", "the IEA", "the ECB", "Unicef",
        "Médecins Sans Frontières", "the IPCC", "FIFA", "UEFA", "the IOC", "World Athletics", "the UNHCR",
        "the IOM", "NASA", "the European Space Agency", "the International Criminal Court", "Amnesty International",
    }.Select(Create).ToDictionary(o => o.Name, StringComparer.Ordinal);

    public static IReadOnlyList<Organisation> Get(string names) =>
        names.Split('|').Select(name => ByName[name]).ToArray();

    private static Organisation Create(string display) =>
        new(display.StartsWith("the ", StringComparison.Ordinal) ? display[4..] : display, display);
}
