using Search.Core.Articles;
using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

/// <summary>Typing from evidence rather than capitals alone: the cases seen going wrong on ECB+.</summary>
public sealed class EntityTypingTests
{
    private static IReadOnlyList<ArticleEntity> InBody(string body) => EntityExtractor.Default.Extract("", null, body, []);

    private static EntityKind? KindOf(IReadOnlyList<ArticleEntity> entities, string name) =>
        entities.FirstOrDefault(e => e.Name == name)?.Kind;

    [Theory]
    [InlineData("Fans cheered the Indianapolis Colts on Sunday.", "Indianapolis Colts", EntityKind.Organisation)]
    [InlineData("Officers in San Diego said nothing.", "San Diego", EntityKind.Place)]
    [InlineData("A crash near Newport Beach closed the road.", "Newport Beach", EntityKind.Place)]
    [InlineData("The quake was recorded by the U.S. Geological Survey on Monday.", "Geological Survey", EntityKind.Organisation)]
    [InlineData("The case went to the Pacific Coast Highway patrol.", "Pacific Coast Highway", EntityKind.Place)]
    [InlineData("The fans filled Arrowhead Stadium early.", "Arrowhead Stadium", EntityKind.Place)]
    [InlineData("Shares in Computer Memories Inc rose.", "Computer Memories Inc", EntityKind.Organisation)]
    [InlineData("It was filed with the Securities and Exchange Commission today.", "Securities and Exchange Commission", EntityKind.Organisation)]
    [InlineData("The index of the Jakarta Stock Exchange fell.", "Jakarta Stock Exchange", EntityKind.Organisation)]
    public void Names_are_typed_by_their_words_and_the_tables(string body, string name, EntityKind kind) =>
        Assert.Equal(kind, KindOf(InBody(body), name));

    [Fact]
    public void A_person_after_a_court_title_is_a_person_not_the_court()
    {
        var entities = InBody("The case was heard by Superior Court Judge James Bodiford on Friday.");
        Assert.Contains(entities, e => e is { Id: "person:james-bodiford", Kind: EntityKind.Person });
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Organisation);
    }

    [Theory]
    [InlineData("Chiefs QB Brady Quinn threw a pick.", "person:brady-quinn")]
    [InlineData("He said that RB Peyton Hillis ran well.", "person:peyton-hillis")]
    [InlineData("The convict Arcade Joseph Comeaux Jr. escaped.", "person:arcade-joseph-comeaux")]
    [InlineData("General manager A. J. Smith said so.", "person:a-j-smith")]
    public void Job_titles_and_suffixes_are_not_part_of_the_name(string body, string id) =>
        Assert.Contains(id, InBody(body).Select(e => e.Id));

    [Theory]
    [InlineData("She had used Internet Explorer for years.")]
    [InlineData("The Samsung Galaxy S5 went on sale.")]
    [InlineData("The search for Flight MH370 went on.")]
    [InlineData("He bought a Toyota Camry last year.")]
    [InlineData("Tickets for the Super Bowl sold out.")]
    [InlineData("Hilary Swank won Best Actress again.")]
    public void Products_events_and_prizes_are_not_people(string body) =>
        Assert.DoesNotContain(InBody(body), e => e.Kind == EntityKind.Person && !e.Name.Contains("Swank"));

    [Fact]
    public void A_maker_named_in_a_product_is_still_the_organisation()
    {
        Assert.Contains(InBody("He bought a Toyota Camry last year."), e => e is { Id: "org:toyota", Kind: EntityKind.Organisation });
    }

    [Fact]
    public void A_title_case_headline_yields_only_the_names_the_story_holds()
    {
        var entities = EntityExtractor.Default.Extract(
            "Lindsay Lohan Checks Out Of Rehab", null, "The actress Lindsay Lohan has left the clinic, her lawyer said.", []);
        Assert.Equal("person:lindsay-lohan", Assert.Single(entities, e => e.Kind == EntityKind.Person).Id);
        Assert.Equal(1f, entities.Single(e => e.Id == "person:lindsay-lohan").Weight);
    }

    [Fact]
    public void A_title_case_headline_name_the_story_shortens_is_trimmed_to_the_name()
    {
        var entities = EntityExtractor.Default.Extract(
            "Lindsay Lohan Checks Out Of Rehab", null, "The actress has checked out of the clinic. On Monday Lindsay was seen in Malibu.", []);
        Assert.Contains(entities, e => e is { Id: "person:lindsay-lohan", Kind: EntityKind.Person });
        Assert.DoesNotContain(entities, e => e.Name.Contains("Checks"));
    }

    [Fact]
    public void A_title_case_headline_fragment_the_story_does_not_name_is_nobody()
    {
        var entities = EntityExtractor.Default.Extract(
            "Texas Child Molester Escaped And Armed", null, "An inmate escaped from a prison. He had abused a child.", []);
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_title_case_headline_keeps_a_name_that_ends_in_its_own_evidence()
    {
        var entities = EntityExtractor.Default.Extract("Wildfires and the Supreme Court", null, "Fire crews worked all week.", []);
        Assert.Contains(entities, e => e is { Id: "org:supreme-court", Kind: EntityKind.Organisation });
    }

    [Fact]
    public void A_sentence_case_headline_is_read_as_usual()
    {
        var entities = EntityExtractor.Default.Extract("Strachan turns down job", null, "Gordon Strachan said no.", []);
        Assert.Contains(entities, e => e.Id == "person:gordon-strachan");
    }

    [Fact]
    public void A_name_seen_once_with_an_organisation_word_is_that_organisation_everywhere()
    {
        var entities = InBody("She checked into the Betty Ford Center in May. She had been at Betty Ford before.");
        Assert.Contains(entities, e => e is { Name: "Betty Ford Center", Kind: EntityKind.Organisation });
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_city_named_bare_in_a_story_about_its_team_is_the_team_unless_it_is_placed()
    {
        var team = InBody("The Kansas City Chiefs lost. Give Kansas City credit for the run game.");
        Assert.Contains(team, e => e is { Name: "Kansas City Chiefs", Kind: EntityKind.Organisation });
        Assert.DoesNotContain(team, e => e.Kind == EntityKind.Place);

        var city = InBody("The San Diego Chargers lost. Police in San Diego arrested a player.");
        Assert.Contains(city, e => e is { Name: "San Diego", Kind: EntityKind.Place });
    }

    [Fact]
    public void A_place_that_is_a_persons_surname_in_the_story_is_that_person()
    {
        var entities = InBody("Former chief Angus Houston will lead the search. Houston said it would take months.");
        Assert.Contains(entities, e => e.Id == "person:angus-houston");
        Assert.DoesNotContain(entities, e => e.Id == "place:houston");
    }

    [Fact]
    public void A_plural_after_the_is_a_team_or_party_unless_a_person_has_that_surname()
    {
        Assert.Contains(InBody("It was a good night for the Gunslingers again."), e => e is { Name: "Gunslingers", Kind: EntityKind.Organisation });
        Assert.DoesNotContain(InBody("Wladimir Klitschko won. It was a good night for the Klitschkos."), e => e.Name == "Klitschkos");
    }

    [Fact]
    public void A_country_inside_an_organisation_name_is_named_too()
    {
        var ids = InBody("Passengers of Malaysia Airlines waited.").Select(e => e.Id).ToArray();
        Assert.Contains("org:malaysia-airlines", ids);
        Assert.Contains("country:mys", ids);
    }

    [Fact]
    public void A_country_and_a_generic_word_name_only_the_country()
    {
        var entities = InBody("The lawyer told French TV it was over.");
        Assert.Equal("country:fra", Assert.Single(entities).Id);
    }

    [Theory]
    [InlineData("EPA-EFE/John Smith")]
    [InlineData("AFP via Getty Images")]
    [InlineData("Reuters/Jane Doe")]
    public void A_photo_credit_names_no_news_agency(string credit)
    {
        var article = new Article { Id = "a", Title = "Talks", Body = "Nothing to add.", Images = [new ArticleImage(null, credit)] };
        Assert.Empty(EntityExtractor.Default.Extract(article));
    }

    [Fact]
    public void Wire_copy_wrapped_inside_a_name_is_read_as_one_line()
    {
        var entities = InBody("The arranger is Banque Nationale de\nParis, it said.");
        Assert.Contains(entities, e => e is { Name: "Banque Nationale de Paris", Kind: EntityKind.Organisation });
    }
}
