namespace Search.Api.Tests.Contract;

/// <summary>The calls pinned on the shipped nine-article seed corpus (index/corpus).</summary>
internal static class SeedCorpusCalls
{
    private const string Kazakhstan = "kazakhstan-the-west-wing-in-a-g-zero-world";

    private static readonly string[] SeedIds =
    [
        Kazakhstan,
        "arab-and-eu-officials-meet-in-riyadh-on-lifting-syria-sanctions",
        "zelensky-says-ukraine-captured-two-north-korean-soldiers-in-kursk",
        "los-angeles-wildfire-response-becomes-politicized-at-home-and-abroad",
        "supreme-court-appears-poised-to-uphold-tiktok-ban",
        "francis-fukuyama-and-ian-bremmer-on-the-top-geopolitical-risks-of-2025",
        "trump-sentenced-to-unconditional-discharge-in-hush-money-case",
        "why-trumps-return-means-putin-has-finally-won",
        "venezuelan-opposition-leader-maria-corina-machado-detained-after-caracas-rally",
    ];

    public static IReadOnlyList<ApiCall> All { get; } =
    [
        // Search: plain, filtered, sorted, paged, sized; facets come with every search.
        ApiCall.Get("/api/search?q=Kazakhstan"),
        ApiCall.Get("/api/search"),
        ApiCall.Get("/api/search?q=russia&section=World"),
        ApiCall.Get("/api/search?q=russia&author=GZERO%20Staff"),
        ApiCall.Get("/api/search?q=russia&entity=country:rus"),
        ApiCall.Get("/api/search?entity=person:vladimir-putin&size=20"),
        ApiCall.Get("/api/search?q=trump&from=2025-01-01&to=2025-01-10"),
        ApiCall.Get("/api/search?section=Analysis&from=2024-12-31T12:00:00Z"),
        ApiCall.Get("/api/search?q=putin&sort=newest&section=Analysis&from=2022-01-01"),
        ApiCall.Get("/api/search?sort=newest&size=20"),
        ApiCall.Get("/api/search?page=2&size=4"),
        ApiCall.Get("/api/search?q=russia&page=2&size=2"),
        ApiCall.Get("/api/search?q=russia&size=1"),
        ApiCall.Get("/api/search?q=russia&size=100"),
        // Query language and spelling help.
        ApiCall.Get("/api/search?q=kazakstan"),
        ApiCall.Get("/api/search?q=%22north%20korean%20soldiers%22"),
        ApiCall.Get("/api/search?q=%22The%20West%20Wing%20in%20a%20G-Zero%20world%22"),
        ApiCall.Get("/api/search?q=russia%20-ukraine"),
        ApiCall.Get("/api/search?q=tiktok%20OR%20venezuela"),
        ApiCall.Get("/api/search?q="),
        // Hostile text is answered, never a 5xx.
        ApiCall.Get("/api/search?q=%22unclosed%20quote"),
        ApiCall.Get("/api/search?q=*"),
        ApiCall.Get("/api/search?q=%22"),
        ApiCall.Get("/api/search?q=AND%20(%20title:"),
        ApiCall.Get("/api/search?q=" + new string('k', 2000)),
        ApiCall.Get("/api/search?q=" + string.Join("%20", Enumerable.Repeat("war", 500))),
        // Suggestions.
        ApiCall.Get("/api/suggest?q=kaz"),
        ApiCall.Get("/api/suggest?q=pu"),
        ApiCall.Get("/api/suggest?q=pu&count=3"),
        ApiCall.Get("/api/suggest?q="),
        // Articles.
        ApiCall.Get($"/api/articles/{Kazakhstan}"),
        ApiCall.Get("/api/articles/no-such-story"),
        // Related: every seed article, a long list, an unknown id, a draft.
        .. SeedIds.Select(id => ApiCall.Get($"/api/articles/{id}/related?count=5")),
        ApiCall.Get($"/api/articles/{Kazakhstan}/related?count=20"),
        ApiCall.Get($"/api/articles/{Kazakhstan}/related"),
        ApiCall.Get("/api/articles/no-such-story/related?count=5"),
        ApiCall.Post("/api/related?count=3", new { title = "Kremlin sends more troops", body = "Vladimir Putin and the Kremlin said Russian forces would hold Kursk as the war in Ukraine goes on." }),
        ApiCall.Post("/api/related", new { title = "Wildfires and the Supreme Court", body = "Los Angeles fire crews and the TikTok ban hearing dominated the week in California and Washington." }),
        // Bad requests: 400 ProblemDetails naming the parameter.
        ApiCall.Get("/api/search?q=russia&size=1000"),
        ApiCall.Get("/api/search?q=russia&page=0"),
        ApiCall.Get("/api/search?q=russia&sort=bogus"),
        ApiCall.Get("/api/search?q=russia&from=notadate"),
        ApiCall.Get("/api/search?q=russia&page=abc&size=0&to=2022-13-45"),
        ApiCall.Get("/api/suggest?q=kaz&count=500"),
        ApiCall.Get($"/api/articles/{Kazakhstan}/related?count=99"),
        ApiCall.Post("/api/related", new { title = "Only a headline" }),
    ];
}
