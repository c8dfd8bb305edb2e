using Search.Api.Features.Search;
using Search.Core.Searching;

namespace Search.Api.Tests.Features.Search;

public sealed class SearchParametersTests
{
    [Fact]
    public void No_parameters_give_the_first_page_of_ten_by_relevance()
    {
        var (request, errors) = Parse();

        Assert.Empty(errors);
        Assert.Null(request.Query);
        Assert.Equal(1, request.Page);
        Assert.Equal(10, request.Size);
        Assert.Equal(SearchSort.Relevance, request.Sort);
        Assert.Null(request.From);
        Assert.Null(request.To);
    }

    [Fact]
    public void Text_and_filters_pass_through_as_typed()
    {
        var (request, errors) = Parse(q: "AND (\"unclosed", section: "World", author: "GZERO Staff", entity: "country:rus");

        Assert.Empty(errors);
        Assert.Equal("AND (\"unclosed", request.Query);
        Assert.Equal("World", request.Section);
        Assert.Equal("GZERO Staff", request.Author);
        Assert.Equal("country:rus", request.Entity);
    }

    [Fact]
    public void A_bare_date_covers_the_whole_day_in_UTC()
    {
        var (request, errors) = Parse(from: "2025-01-10", to: "2025-01-10");

        Assert.Empty(errors);
        Assert.Equal(new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero), request.From);
        Assert.Equal(new DateTimeOffset(2025, 1, 10, 23, 59, 59, 999, TimeSpan.Zero), request.To);
    }

    [Fact]
    public void A_date_time_with_an_offset_is_taken_as_that_instant()
    {
        var (request, errors) = Parse(from: "2025-01-10T08:00:00+02:00");

        Assert.Empty(errors);
        Assert.Equal(new DateTimeOffset(2025, 1, 10, 6, 0, 0, TimeSpan.Zero), request.From);
        Assert.Equal(TimeSpan.Zero, request.From!.Value.Offset);
    }

    [Theory]
    [InlineData("newest")]
    [InlineData(" NEWEST ")]
    [InlineData("date")]
    public void Newest_and_date_sort_by_publication(string sort)
    {
        var (request, errors) = Parse(sort: sort);

        Assert.Empty(errors);
        Assert.Equal(SearchSort.Newest, request.Sort);
    }

    [Fact]
    public void Page_and_size_accept_surrounding_spaces()
    {
        var (request, errors) = Parse(page: " 3", size: "20 ");

        Assert.Empty(errors);
        Assert.Equal(3, request.Page);
        Assert.Equal(20, request.Size);
    }

    [Fact]
    public void Every_bad_parameter_is_named_at_once_with_what_it_accepts()
    {
        var (_, errors) = Parse(from: "yesterday", to: "2022-13-45", sort: "sideways", page: "abc", size: "1.5");

        Assert.Equal(["from", "page", "size", "sort", "to"], errors.Keys.Order());
        Assert.Equal("page must be a whole number.", Assert.Single(errors["page"]));
        Assert.Equal("sort must be 'relevance' or 'newest'.", Assert.Single(errors["sort"]));
        Assert.Contains("ISO-8601", Assert.Single(errors["from"]));
    }

    [Theory]
    [InlineData("0", "size")]
    [InlineData("101", "size")]
    [InlineData("99999999999", "size")]
    public void Size_must_be_a_whole_number_from_1_to_100(string size, string parameter)
    {
        var (_, errors) = Parse(size: size);

        Assert.Equal(parameter, Assert.Single(errors.Keys));
    }

    [Theory]
    [InlineData("0", "10")]
    [InlineData("-3", "10")]
    [InlineData("1001", "10")]
    [InlineData("101", "100")]
    public void Page_must_be_1_or_more_and_stay_within_the_paging_window(string page, string size)
    {
        var (_, errors) = Parse(page: page, size: size);

        Assert.Equal("page", Assert.Single(errors.Keys));
    }

    [Fact]
    public void The_last_page_of_the_window_is_allowed()
    {
        var (_, errors) = Parse(page: "100", size: "100");

        Assert.Empty(errors);
    }

    [Fact]
    public void From_after_to_is_refused()
    {
        var (_, errors) = Parse(from: "2025-01-11", to: "2025-01-10");

        Assert.Equal("from", Assert.Single(errors.Keys));
    }

    [Fact]
    public void Text_past_the_parser_limit_is_cut_there_and_never_inside_a_surrogate_pair()
    {
        var (plain, _) = Parse(q: new string('a', 5_000));
        var (emoji, errors) = Parse(q: new string('a', UserQueryParser.MaxQueryChars - 1) + "🙂" + new string('b', 100));

        Assert.Empty(errors);
        Assert.Equal(UserQueryParser.MaxQueryChars, plain.Query!.Length);
        Assert.Equal(new string('a', UserQueryParser.MaxQueryChars - 1), emoji.Query);
    }

    [Fact]
    public void A_parse_error_is_not_replaced_by_a_range_error()
    {
        var (_, errors) = Parse(from: "notadate", to: "2025-01-10");

        Assert.Contains("ISO-8601", Assert.Single(errors["from"]));
    }

    private static (SearchRequest Request, Dictionary<string, string[]> Errors) Parse(
        string? q = null, string? section = null, string? author = null, string? entity = null,
        string? from = null, string? to = null, string? sort = null, string? page = null, string? size = null)
    {
        var errors = new Dictionary<string, string[]>();
        var request = SearchParameters.Parse(q, section, author, entity, from, to, sort, page, size, errors);
        return (request, errors);
    }
}
