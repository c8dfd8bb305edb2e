using System.Text;

namespace Search.Api.Tests.Support;

/// <summary>
/// A seeded generator of hostile search-box traffic: syntax soup, wildcards, thousands of terms,
/// huge and negative paging, bad dates and sorts, unicode and control characters, across every
/// read endpoint. Deterministic, so a failure names a reproducible request.
/// </summary>
public sealed class HostileRequests(int seed)
{
    private static readonly string[] Words = ["russia", "kazakhstan", "putin", "oil", "election", "the", "a", "of", "war", "market", "volcano", "zelensky", "trade"];
    private static readonly string[] Syntax = ["AND", "OR", "NOT", "(", ")", "[", "]", "{", "}", "\"", ":", "^", "~", "*", "?", "\\", "/", "+", "-", "!", "&&", "||", "TO", "title:", "*:*", "~2", "^10"];
    private static readonly string[] Unicode = ["🇰🇿", "🙂", "\u200b", "\u202e", "\u0301", "ß", "İ", "Ⅻ", "中文", "русский", "עברית", "\ufeff", "\uffff", "\u0000", "\u0007", "\u001b[31m", "%", "%00", "%zz", "&amp;", "<script>", "'; DROP TABLE"];
    private static readonly string[] Dates = ["2022-01-10", "notadate", "2022-13-45", "0000-00-00", "9999-12-31", "-1", "2022-01-10T25:00:00Z", "1e9", "", "2025-01-10T08:00:00+14:00", "yesterday"];
    private static readonly string[] Numbers = ["1", "0", "-1", "-2147483648", "2147483647", "99999999999", "1.5", "abc", "", "10", "100", "101", "1e3", " 5"];
    private readonly Random _random = new(seed);

    public IEnumerable<string> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (i % 10) switch
            {
                < 7 => Search(),
                7 or 8 => "/api/suggest?q=" + Escape(Query()) + Maybe("&count=", Numbers),
                // A NUL in the path is refused by the test client itself (Kestrel answers 400), so ids carry none.
                _ => "/api/articles/" + Escape(Pick(["kazakhstan-the-west-wing-in-a-g-zero-world", "syn-0000001", "..", "%2e%2e", Query()]).Replace("\0", "", StringComparison.Ordinal))
                    + Pick(["", "/related", "/related?count=" + Pick(Numbers)]),
            };
        }
    }

    private string Search()
    {
        var url = new StringBuilder("/api/search?q=").Append(Escape(Query()));
        url.Append(Maybe("&page=", Numbers)).Append(Maybe("&size=", Numbers))
            .Append(Maybe("&from=", Dates)).Append(Maybe("&to=", Dates))
            .Append(Maybe("&sort=", ["relevance", "newest", "sideways", ""]))
            .Append(Maybe("&section=", ["World", "world", "", "<b>", "Politics"]))
            .Append(Maybe("&author=", ["GZERO Staff", "", "*"]))
            .Append(Maybe("&entity=", ["country:rus", "", "country:*", "person:vladimir-putin"]));
        return url.ToString();
    }

    private string Query() => _random.Next(12) switch
    {
        0 => string.Join(' ', Enumerable.Range(0, _random.Next(500, 3000)).Select(_ => Pick(Words))),
        1 => new string(Pick(Words)[0], _random.Next(1, 5000)),
        2 => Pick(["a*", "*a*", "*", "?", "k*", "ka*", "*stan", "r?ssia", "**", "a*b*c*"]),
        3 => string.Concat(Enumerable.Range(0, _random.Next(1, 40)).Select(_ => Pick(Syntax) + (_random.Next(3) == 0 ? " " : ""))),
        4 => string.Concat(Enumerable.Range(0, _random.Next(1, 20)).Select(_ => Pick(Unicode))),
        5 => new string(Enumerable.Range(0, _random.Next(1, 200)).Select(_ => (char)_random.Next(0, 0xFFFF)).ToArray()),
        6 => "",
        _ => string.Join(' ', Enumerable.Range(0, _random.Next(1, 12)).Select(_ => _random.Next(4) switch
        {
            0 => Pick(Syntax),
            1 => Pick(Unicode),
            _ => Pick(Words),
        })),
    };

    private string Maybe(string prefix, string[] values) => _random.Next(3) == 0 ? prefix + Escape(Pick(values)) : "";

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    /// <summary>Percent-encodes as a browser would; lone surrogates become U+FFFD, as they would on the wire.</summary>
    private static string Escape(string value) =>
        Uri.EscapeDataString(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value.Length > 30_000 ? value[..30_000] : value)));
}
