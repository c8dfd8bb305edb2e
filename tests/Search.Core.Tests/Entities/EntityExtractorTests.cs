using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public sealed class EntityExtractorTests
{
    private static IReadOnlyList<ArticleEntity> InBody(string body) => EntityExtractor.Default.Extract("", null, body, []);

    private static string[] Ids(string body) => InBody(body).Select(e => e.Id).ToArray();

    [Theory]
    [InlineData("Kazakh oil keeps flowing.", "country:kaz")]
    [InlineData("He made a call to the Kremlin on Tuesday.", "country:rus")]
    [InlineData("Beijing said it would respond.", "country:chn")]
    [InlineData("Talks between the US and NATO stalled.", "country:usa")]
    [InlineData("Talks between the US and NATO stalled.", "org:nato")]
    [InlineData("Sanctions from the U.S. bit hard.", "country:usa")]
    [InlineData("Americans are divided.", "country:usa")]
    [InlineData("The Collective Security Treaty Organization met.", "org:csto")]
    [InlineData("Officials in Kyiv and Kiev agree.", "country:ukr")]
    [InlineData("Ministers in Bogota met.", "country:col")]
    [InlineData("Russia-China relations are tricky.", "country:chn")]
    [InlineData("Moscow-friendly leaders were pleased.", "country:rus")]
    public void Aliases_and_metonyms_map_to_their_entity(string body, string id) => Assert.Contains(id, Ids(body));

    [Fact]
    public void Kazakh_adjective_names_Kazakhstan()
    {
        var kazakhstan = Assert.Single(InBody("Kazakh oil keeps flowing."));
        Assert.Equal(new ArticleEntity("country:kaz", "Kazakhstan", EntityKind.Country, 1f), kazakhstan);
    }

    [Fact]
    public void A_later_bare_surname_counts_as_a_mention_of_the_full_name()
    {
        var entities = InBody("Opposition leader María Corina Machado spoke. Juan Merchan ruled. Later, Machado left. Crowds cheered Machado.");
        var machado = entities[0];
        Assert.Equal("person:maria-corina-machado", machado.Id);
        Assert.Equal("María Corina Machado", machado.Name);
        Assert.Equal(1f, machado.Weight);
        Assert.True(entities.Single(e => e.Id == "person:juan-merchan").Weight < 1f);
        Assert.DoesNotContain(entities, e => e.Id == "person:machado");
    }

    [Fact]
    public void A_bare_surname_shared_by_two_people_resolves_to_neither()
    {
        var entities = InBody("Here are Anna Smith and her brother Tom Smith. Then Smith laughed.");
        Assert.Equal(entities[0].Weight, entities[1].Weight);
        Assert.DoesNotContain(entities, e => e.Id == "person:smith");
    }

    [Fact]
    public void A_known_person_implies_their_country_at_a_lower_weight()
    {
        var entities = InBody("It was Vladimir Putin who decided.");
        var putin = entities.Single(e => e.Id == "person:vladimir-putin");
        var russia = entities.Single(e => e.Id == "country:rus");
        Assert.True(russia.Weight < putin.Weight);
        Assert.Equal("Russia", russia.Name);
    }

    [Fact]
    public void A_capital_is_a_place_that_implies_its_country()
    {
        var entities = InBody("Rain fell on Moscow for days.");
        Assert.Equal(["place:moscow", "country:rus"], entities.Select(e => e.Id));
        Assert.Equal(EntityKind.Place, entities[0].Kind);
    }

    [Theory]
    [InlineData("The talks end on Monday. The West Wing is on TV in January.")]
    [InlineData("Right now, nobody knows. First, the peacekeepers left. Joining Forces was a plan. According to them, nothing changed.")]
    [InlineData("LOS ANGELES, CA - JANUARY 07: A fire burns.")]
    [InlineData("us turkey china chad jordan guinea kazakh")]
    public void Common_words_dates_and_sentence_starts_yield_no_entity(string body) => Assert.Empty(Ids(body));

    [Theory]
    [InlineData("Michael Jordan played well.", "country:jor")]
    [InlineData("Chad Smith plays drums.", "country:tcd")]
    public void A_name_that_is_also_a_first_name_needs_to_stand_alone(string body, string notExpected) =>
        Assert.DoesNotContain(notExpected, Ids(body));

    [Fact]
    public void Jordan_on_its_own_is_the_country() => Assert.Contains("country:jor", Ids("Troops crossed into Jordan."));

    [Fact]
    public void A_title_mention_outweighs_a_single_late_body_mention()
    {
        var body = "Nothing happened at first. Nothing happened after that. Much later, Brazil and Chile signed.";
        var entities = EntityExtractor.Default.Extract("Chile votes", null, body, []);
        Assert.True(entities.Single(e => e.Id == "country:chl").Weight > entities.Single(e => e.Id == "country:bra").Weight);
    }

    [Fact]
    public void More_mentions_weigh_more_but_with_diminishing_returns()
    {
        var entities = InBody("Nothing at first. Nothing after. Peru spoke. Peru spoke. Peru spoke. Peru spoke. Chile spoke.");
        var chile = entities.Single(e => e.Id == "country:chl").Weight;
        Assert.Equal(1f, entities.Single(e => e.Id == "country:per").Weight);
        Assert.InRange(chile, 0.25f, 0.5f);
    }

    [Fact]
    public void Titles_are_stripped_from_people_and_organisation_suffixes_make_organisations()
    {
        var entities = InBody("Yesterday, Prime Minister Anna Lindqvist met the Swedish Farmers Association.");
        Assert.Contains(entities, e => e is { Id: "person:anna-lindqvist", Name: "Anna Lindqvist", Kind: EntityKind.Person });
        Assert.Contains(entities, e => e is { Id: "org:farmers-association", Kind: EntityKind.Organisation });
        Assert.Contains(entities, e => e.Id == "country:swe");
    }

    [Fact]
    public void An_article_with_no_names_yields_nothing() => Assert.Empty(EntityExtractor.Default.Extract("", "", "", []));

    [Fact]
    public void The_default_extractor_gives_the_same_answer_on_many_threads()
    {
        var expected = EntityExtractor.Default.Extract(SeedArticle.Title, null, SeedArticle.Body, [SeedArticle.Caption]);
        var results = new IReadOnlyList<ArticleEntity>[64];
        Parallel.For(0, results.Length, i => results[i] = EntityExtractor.Default.Extract(SeedArticle.Title, null, SeedArticle.Body, [SeedArticle.Caption]));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
