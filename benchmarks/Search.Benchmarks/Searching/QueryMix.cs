namespace Search.Benchmarks.Searching;

/// <summary>
/// The search mix, drawn from the synthetic newsroom's vocabulary (seed 42): topic words, countries,
/// people who appear from the first thousand articles on (so every corpus size has them), and typos
/// of countries. Four queries per class, so every per-class benchmark does the same amount of work.
/// </summary>
public static class QueryMix
{
    public const int PerClass = 4;

    public const int Total = PerClass * 7;

    public static IReadOnlyList<MixQuery> All { get; } =
    [
        new(QueryClass.OneTerm, "ceasefire"),
        new(QueryClass.OneTerm, "vaccine"),
        new(QueryClass.OneTerm, "tariffs"),
        new(QueryClass.OneTerm, "Germany"),

        new(QueryClass.TwoTerms, "oil price"),
        new(QueryClass.TwoTerms, "trade deal"),
        new(QueryClass.TwoTerms, "central bank"),
        new(QueryClass.TwoTerms, "Brazil election"),

        new(QueryClass.Phrase, "\"prime minister\""),
        new(QueryClass.Phrase, "\"interest rate\""),
        new(QueryClass.Phrase, "\"Rosina Price\""),
        new(QueryClass.Phrase, "\"Arnulfo Zulauf\""),

        new(QueryClass.Filtered, "election", Section: "politics"),
        new(QueryClass.Filtered, "oil", Section: "business"),
        new(QueryClass.Filtered, "outbreak", Section: "health"),
        new(QueryClass.Filtered, "striker", Section: "sport"),

        // Broad words: counting facets over every match is the work here.
        new(QueryClass.Faceted, "government"),
        new(QueryClass.Faceted, "minister"),
        new(QueryClass.Faceted, "officials said"),
        new(QueryClass.Faceted, "president"),

        // Ours: "did you mean" finds the country, nothing matches as typed, so it searches again corrected.
        // Raw: the plain Lucene way to forgive a typo, a fuzzy term (SimpleQueryParser's ~2).
        new(QueryClass.Misspelled, "kazakstan", RawText: "kazakstan~2"),
        new(QueryClass.Misspelled, "germny", RawText: "germny~2"),
        new(QueryClass.Misspelled, "ukrane", RawText: "ukrane~2"),
        new(QueryClass.Misspelled, "brazill", RawText: "brazill~2"),

        new(QueryClass.Newest, "ceasefire", Newest: true),
        new(QueryClass.Newest, "election", Newest: true),
        new(QueryClass.Newest, "Japan", Newest: true),
        new(QueryClass.Newest, "tariffs", Newest: true),
    ];

    public static IReadOnlyList<MixQuery> Of(QueryClass queryClass) => All.Where(q => q.Class == queryClass).ToArray();
}
