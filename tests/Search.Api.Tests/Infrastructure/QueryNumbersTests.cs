using Search.Api.Infrastructure;

namespace Search.Api.Tests.Infrastructure;

public sealed class QueryNumbersTests
{
    [Theory]
    [InlineData(null, 7)]
    [InlineData("", 7)]
    [InlineData("  ", 7)]
    [InlineData("5", 5)]
    [InlineData(" 5 ", 5)]
    [InlineData("-2", -2)]
    public void A_whole_number_or_nothing_is_accepted(string? value, int expected)
    {
        var errors = new Dictionary<string, string[]>();

        Assert.Equal(expected, QueryNumbers.Parse(value, "count", 7, errors));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("99999999999")]
    public void Anything_else_is_named_and_gives_the_fallback(string value)
    {
        var errors = new Dictionary<string, string[]>();

        Assert.Equal(7, QueryNumbers.Parse(value, "count", 7, errors));
        Assert.Equal("count must be a whole number.", Assert.Single(errors["count"]));
        Assert.False(QueryNumbers.TryParse(value, 7, out _));
    }
}
