using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Search.Api.Features.Search;
using Search.Api.Tests.Support;
using Search.Core.Searching;

namespace Search.Api.Tests.Features.Search;

[Collection(SeedApiCollection.Name)]
public sealed class SearchArticlesTests(SeedApiFixture api)
{
    private const string Kazakhstan = "kazakhstan-the-west-wing-in-a-g-zero-world";

    [Fact]
    public async Task Kazakhstan_returns_the_Kazakhstan_piece_first_with_a_marked_snippet()
    {
        var body = await Get("/api/search?q=Kazakhstan");

        var first = body.GetProperty("hits")[0];
        Assert.Equal(Kazakhstan, first.GetProperty("id").GetString());
        Assert.Contains("<mark>Kazakhstan</mark>", first.GetProperty("snippet").GetString());
        Assert.Equal("Kazakhstan", body.GetProperty("query").GetString());
        Assert.True(body.GetProperty("tookMs").GetDouble() > 0);
        Assert.True(body.GetProperty("facets").GetProperty("section").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("Tokayev")]
    [InlineData("EYEPRESS")]
    public async Task Body_and_caption_credit_terms_find_the_piece(string q)
    {
        var body = await Get("/api/search?q=" + q);

        Assert.Contains(body.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetString() == Kazakhstan);
    }

    [Fact]
    public async Task Misspelling_offers_did_you_mean()
    {
        var body = await Get("/api/search?q=kazakstan");

        Assert.Equal("kazakhstan", body.GetProperty("didYouMean").GetString());
        Assert.Equal(Kazakhstan, body.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    public static TheoryData<string> HostileQueries() => new()
    {
        "AND (", "\"unclosed", "*", "~~~", "[a TO", "\\", "a* *a*", "title:(x OR", "((((((", "NOT", "-", "+", "\"\"",
        new string('k', 2000), string.Join(' ', Enumerable.Repeat("war", 1000)), "\u0001\u0002\u0003 control", "🇰🇿🙂 emoji", "%00", "%FF%FE", "<script>alert(1)</script>",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_queries_answer_200(string q)
    {
        var response = await api.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_100_KB_query_is_searched_as_its_first_1000_characters_and_echoed_so()
    {
        var q = "kazakhstan " + new string('x', 100 * 1024);

        var response = await api.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(q[..UserQueryParser.MaxQueryChars], body.GetProperty("query").GetString());
        Assert.Equal(Kazakhstan, body.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("section")]
    [InlineData("author")]
    [InlineData("entity")]
    public async Task A_filter_longer_than_any_value_answers_400_naming_it_and_one_at_the_bound_is_searched(string parameter)
    {
        var over = await api.Client.GetAsync($"/api/search?q=russia&{parameter}={new string('x', SearchParameters.MaxFilterChars + 1)}");
        var atBound = await api.Client.GetAsync($"/api/search?q=russia&{parameter}={new string('x', SearchParameters.MaxFilterChars)}");

        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.True((await over.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(parameter, out _));
        Assert.Equal(HttpStatusCode.OK, atBound.StatusCode);
    }

    [Theory]
    [InlineData("size=1000", "size")]
    [InlineData("size=0", "size")]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("from=notadate", "from")]
    [InlineData("to=2022-13-45", "to")]
    [InlineData("sort=sideways", "sort")]
    [InlineData("page=1000&size=100", "page")]
    public async Task Bad_parameters_answer_400_problem_naming_the_parameter(string query, string parameter)
    {
        var response = await api.Client.GetAsync("/api/search?q=russia&" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Newest_is_ordered_by_date()
    {
        var body = await Get("/api/search?sort=newest&size=20");

        var dates = body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("publishedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(9, dates.Count);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task Section_author_and_date_filters_apply()
    {
        var world = await Get("/api/search?section=World&size=20");
        var dated = await Get("/api/search?from=2025-01-10&to=2025-01-10&size=20");
        var author = await Get("/api/search?author=gzero%20staff");

        Assert.All(world.GetProperty("hits").EnumerateArray(), h => Assert.Equal("World", h.GetProperty("section").GetString()));
        Assert.All(dated.GetProperty("hits").EnumerateArray(), h => Assert.Equal(new DateOnly(2025, 1, 10), DateOnly.FromDateTime(h.GetProperty("publishedAt").GetDateTimeOffset().UtcDateTime)));
        Assert.True(dated.GetProperty("total").GetInt32() >= 1);
        Assert.Equal(9, author.GetProperty("total").GetInt32());
    }

    private async Task<JsonElement> Get(string url)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
