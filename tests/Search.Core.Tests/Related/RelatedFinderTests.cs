using Search.Core.Articles;
using Search.Core.Related;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Related;

public sealed class RelatedFinderTests
{
    private static readonly DateTimeOffset Day = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Related_for_Kazakhstan_piece_ranks_Russia_stories_first()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());
        var items = new RelatedFinder(index.Store).ForArticle("kazakhstan-the-west-wing-in-a-g-zero-world", 8)!;

        Assert.Equal(
            ["why-trumps-return-means-putin-has-finally-won", "zelensky-says-ukraine-captured-two-north-korean-soldiers-in-kursk"],
            items.Take(2).Select(i => i.Id).Order());
        var below = items.Skip(2).Select(i => i.Id).ToList();
        Assert.DoesNotContain(items.Take(2), i => i.Id.Contains("wildfire") || i.Id.Contains("tiktok") || i.Id.Contains("venezuela"));
        Assert.Contains(items[0].Reasons.SharedEntities, e => e.Name is "Russia" or "Vladimir Putin");
        Assert.NotEmpty(below);
    }

    [Fact]
    public void A_candidate_cap_on_common_terms_changes_which_stories_are_drawn_never_how_they_score()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());
        const string source = "kazakhstan-the-west-wing-in-a-g-zero-world";
        var uncapped = new RelatedFinder(index.Store).ForArticle(source, 8)!;
        // Every term in more than two of the nine stories may only score what rarer terms and entities drew.
        var capped = new RelatedFinder(index.Store, RelatedOptions.Default with { MaxCandidateDocFreq = 2 }).ForArticle(source, 8)!;

        Assert.Equal(uncapped.Take(2).Select(i => i.Id), capped.Take(2).Select(i => i.Id));
        foreach (var item in capped)
        {
            var same = uncapped.SingleOrDefault(i => i.Id == item.Id);
            if (same is not null)
            {
                Assert.Equal(same.Score, item.Score, precision: 3);
            }
        }
    }

    [Fact]
    public void Every_seed_story_gets_related_stories_with_reasons()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());
        var finder = new RelatedFinder(index.Store);

        foreach (var article in TempIndex.SeedArticles())
        {
            var items = finder.ForArticle(article.Id, 5)!;
            Assert.NotEmpty(items);
            Assert.All(items, i => Assert.True(i.Reasons.SharedEntities.Count + i.Reasons.SharedTerms.Count > 0, $"{article.Id} → {i.Id} has no reasons"));
        }
    }

    [Fact]
    public void Never_the_article_itself_its_duplicate_or_an_excluded_article()
    {
        var source = Story("source", "volcano", "Iceland", Day);
        var copy = source with { Id = "syndicated-copy", Title = source.Title + " | Wire" };
        var excluded = Story("excluded", "volcano", "Iceland", Day) with { ExcludeFromRelated = true };
        var others = Enumerable.Range(1, 4).Select(i => Story($"other-{i}", "volcano", i % 2 == 0 ? "Iceland" : "Italy", Day.AddDays(i), variant: i));
        using var index = new TempIndex([source, copy, excluded, .. others, .. Noise()]);

        var ids = new RelatedFinder(index.Store).ForArticle("source", 10)!.Select(i => i.Id).ToList();

        Assert.DoesNotContain("source", ids);
        Assert.DoesNotContain("syndicated-copy", ids);
        Assert.DoesNotContain("excluded", ids);
        Assert.Contains("other-1", ids);
    }

    [Fact]
    public void Pinned_ids_come_first_in_the_given_order()
    {
        var source = Story("source", "volcano", "Iceland", Day) with { Related = ["noise-3", "missing-id", "noise-1"] };
        var others = Enumerable.Range(1, 3).Select(i => Story($"other-{i}", "volcano", "Iceland", Day.AddDays(i), variant: i));
        using var index = new TempIndex([source, .. others, .. Noise()]);

        var items = new RelatedFinder(index.Store).ForArticle("source", 5)!;

        Assert.Equal(["noise-3", "noise-1"], items.Take(2).Select(i => i.Id));
        Assert.True(items[0].Pinned && items[1].Pinned);
        Assert.False(items[2].Pinned);
        Assert.StartsWith("other-", items[2].Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_versions_of_one_story_do_not_fill_the_list()
    {
        var source = Story("source", "volcano", "Iceland", Day);
        var versions = Enumerable.Range(1, 5).Select(i => Story("version", "volcano", "Iceland", Day.AddHours(i), variant: 100) with { Id = $"version-{i}", Title = $"Volcano erupts in Iceland, update {i}" });
        var distinct = Enumerable.Range(1, 4).Select(i => Story($"distinct-{i}", "volcano", "Iceland", Day.AddDays(i), variant: i));
        using var index = new TempIndex([source, .. versions, .. distinct, .. Noise()]);

        var ids = new RelatedFinder(index.Store).ForArticle("source", 5)!.Select(i => i.Id).ToList();

        Assert.Equal(5, ids.Count);
        Assert.True(ids.Count(id => id.StartsWith("version-", StringComparison.Ordinal)) <= 2, string.Join(", ", ids));
    }

    [Fact]
    public void A_draft_gets_related_stories_scored_like_an_article()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());
        var draft = new Article
        {
            Id = "draft",
            Title = "Putin tightens grip as Kremlin sends troops",
            Body = "Vladimir Putin said Russian troops would stay. The Kremlin and Moscow expect Ukraine talks; the war in Kursk goes on.",
        };

        var items = new RelatedFinder(index.Store).ForDraft(draft, 3);

        Assert.Contains(items.Take(2), i => i.Id is "why-trumps-return-means-putin-has-finally-won" or "zelensky-says-ukraine-captured-two-north-korean-soldiers-in-kursk");
        Assert.Contains(items[0].Reasons.SharedEntities, e => e.Id == "country:rus");
    }

    [Fact]
    public void Unknown_id_gives_null()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());

        Assert.Null(new RelatedFinder(index.Store).ForArticle("no-such-article", 5));
    }

    // Enough unrelated articles that the volcano vocabulary is rare, as a story's words are in a real archive.
    private static IEnumerable<Article> Noise() => Enumerable.Range(1, 30).Select(i =>
        Story($"noise-{i}", i % 2 == 0 ? "football" : "markets", i % 2 == 0 ? "Brazil" : "Japan", Day.AddDays(-30 * i), variant: i));

    /// <summary>A long-enough article about <paramref name="topic"/> in <paramref name="country"/>; variants differ in several sentences.</summary>
    private static Article Story(string id, string topic, string country, DateTimeOffset when, int variant = 0)
    {
        var sentences = new[]
        {
            $"The {topic} in {country} dominated the news again as officials met in the capital.",
            $"Residents near the {topic} zone described long nights and closed roads across {country}.",
            $"Scientists monitoring the {topic} said readings had changed sharply overnight.",
            $"Emergency crews in {country} prepared shelters while the {topic} continued.",
            $"Airlines warned travellers that the {topic} could disrupt flights over {country} for days.",
            $"Insurance analysts estimated the cost of the {topic} for local businesses.",
            $"The government of {country} promised support for families affected by the {topic}.",
            $"Historians compared this {topic} with events recorded decades ago in {country}.",
        };
        var extra = variant == 0 ? "" : string.Join(' ', Enumerable.Range(0, 6).Select(k => $"Report {variant} adds detail {variant * 7 + k} about {(k % 2 == 0 ? "schools" : "harbours")} number {variant + k}."));
        return new Article
        {
            Id = id,
            Title = $"{char.ToUpperInvariant(topic[0])}{topic[1..]} news from {country}" + (variant == 0 ? "" : $" ({variant})"),
            Body = string.Join(' ', sentences) + " " + extra,
            Section = topic,
            PublishedAt = when,
        };
    }
}
