using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

/// <summary>
/// Short stories that name a country only through its capital, its people or a leader still share the
/// country, so "More from" can link them: Lisbon ~ Portugal ~ Portuguese, Astana ~ Kazakh ~ Tokayev.
/// </summary>
public sealed class EntityAliasLinkTests
{
    private static string[] Ids(string body) => EntityExtractor.Default.Extract("", null, body, []).Select(e => e.Id).ToArray();

    [Theory]
    [InlineData("country:prt", "Portugal votes on Sunday.", "Rain fell in Lisbon all week.", "Portuguese farmers protested.")]
    [InlineData("country:deu", "Germany votes on Sunday.", "Rain fell in Berlin all week.", "German farmers protested.")]
    [InlineData("country:rus", "Russia votes on Sunday.", "A call came from the Kremlin late.", "Rain fell in Moscow all week.", "Russian farmers protested.")]
    [InlineData("country:kaz", "Kazakhstan votes on Sunday.", "Rain fell in Astana all week.", "Kazakh farmers protested.",
        "Kazakhstani farmers protested.", "It was Tokayev who decided.", "Rain fell in Nur-Sultan all week.")]
    [InlineData("country:gbr", "Britain votes on Sunday.", "Rain fell in London all week.", "Rain fell in Glasgow all week.", "Scottish farmers protested.")]
    [InlineData("country:usa", "Rain fell in Chicago all week.", "Rain fell on Texas all week.", "American farmers protested.")]
    [InlineData("country:swe", "Sweden votes on Sunday.", "The Swede won in straight sets.", "Rain fell in Stockholm all week.")]
    [InlineData("country:esp", "Spain votes on Sunday.", "The Spaniard signed on Monday.", "Rain fell in Barcelona all week.")]
    public void Capitals_cities_demonyms_and_leaders_link_to_their_country(string country, params string[] stories) =>
        Assert.All(stories, story => Assert.Contains(country, Ids(story)));

    [Fact]
    public void A_capital_and_a_city_are_places_of_their_own_that_imply_the_country_at_a_lower_weight()
    {
        var entities = EntityExtractor.Default.Extract("", null, "Rain fell in Astana all week.", []);
        var astana = entities.Single(e => e.Id == "place:astana");
        var kazakhstan = entities.Single(e => e.Id == "country:kaz");
        Assert.Equal(EntityKind.Place, astana.Kind);
        Assert.True(kazakhstan.Weight < astana.Weight);
    }

    [Fact]
    public void A_city_that_is_also_a_first_name_needs_to_stand_alone()
    {
        Assert.DoesNotContain("place:houston", Ids("Angus Houston will lead the search."));
        Assert.Contains("place:houston", Ids("Rain fell in Houston all week."));
    }
}
