using Search.Core.Articles;

namespace Search.Core.Tests.Articles;

public sealed class ArticleParserTests
{
    private const string Minimal = """{"id":"kz-1","title":"Unrest in Kazakhstan","body":"Protests spread to Almaty."}""";

    /// <summary>The minimal article with the given members added after the required ones.</summary>
    private static string With(string members) => Minimal[..^1] + "," + members + "}";

    private static Article Parsed(string json)
    {
        Assert.True(ArticleParser.TryParse(json, out var article, out var error), error?.Message);
        Assert.Null(error);
        return article!;
    }

    private static ArticleError Refused(string json)
    {
        Assert.False(ArticleParser.TryParse(json, out var article, out var error));
        Assert.Null(article);
        return error!;
    }

    [Fact]
    public void The_three_required_fields_make_an_article_with_empty_optional_parts()
    {
        var article = Parsed(Minimal);

        Assert.Equal("kz-1", article.Id);
        Assert.Equal("Unrest in Kazakhstan", article.Title);
        Assert.Equal("Protests spread to Almaty.", article.Body);
        Assert.Null(article.Url);
        Assert.Null(article.Section);
        Assert.Null(article.Summary);
        Assert.Null(article.PublishedAt);
        Assert.Empty(article.Authors);
        Assert.Empty(article.Images);
        Assert.Empty(article.Tags);
        Assert.Empty(article.Related);
        Assert.False(article.ExcludeFromRelated);
    }

    [Fact]
    public void Every_optional_field_is_read()
    {
        var article = Parsed("""
            {"id":"kz-1","title":"Unrest in Kazakhstan","body":"Protests spread.","url":"https://example.com/kz-1",
             "section":"World","authors":["Ian Bremmer"],"publishedAt":"2022-01-10T08:00:00Z","summary":"The week's protests.",
             "images":[{"caption":"Almaty square","credit":"Kremlin/EYEPRESS"}],"tags":["Central Asia"],
             "related":["kz-0"],"excludeFromRelated":true}
            """);

        Assert.Equal("https://example.com/kz-1", article.Url);
        Assert.Equal("World", article.Section);
        Assert.Equal(["Ian Bremmer"], article.Authors);
        Assert.Equal(new DateTimeOffset(2022, 1, 10, 8, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal("The week's protests.", article.Summary);
        Assert.Equal([new ArticleImage("Almaty square", "Kremlin/EYEPRESS")], article.Images);
        Assert.Equal(["Central Asia"], article.Tags);
        Assert.Equal(["kz-0"], article.Related);
        Assert.True(article.ExcludeFromRelated);
    }

    [Theory]
    [InlineData("""{"title":"t","body":"b"}""", "id")]
    [InlineData("""{"id":"a","body":"b"}""", "title")]
    [InlineData("""{"id":"a","title":"t"}""", "body")]
    [InlineData("""{"id":null,"title":"t","body":"b"}""", "id")]
    [InlineData("""{"id":"a","title":"","body":"b"}""", "title")]
    [InlineData("""{"id":"a","title":"t","body":" \n\t "}""", "body")]
    [InlineData("""{"id":"   ","title":"t","body":"b"}""", "id")]
    public void A_missing_or_blank_required_field_is_named_in_the_error(string json, string field)
    {
        var error = Refused(json);

        Assert.Equal(field, error.Field);
        Assert.Equal($"'{field}' is required", error.Message);
    }

    [Fact]
    public void An_empty_object_is_refused_for_its_id_first()
    {
        Assert.Equal("id", Refused("{}").Field);
    }

    [Fact]
    public void An_id_at_the_length_limit_is_accepted_and_one_past_it_is_refused()
    {
        var longest = new string('k', ArticleLimits.MaxIdChars);

        Assert.Equal(longest, Parsed($$"""{"id":"{{longest}}","title":"t","body":"b"}""").Id);
        var error = Refused($$"""{"id":"{{longest}}k","title":"t","body":"b"}""");
        Assert.Equal("id", error.Field);
        Assert.Contains($"1 to {ArticleLimits.MaxIdChars} characters", error.Message);
    }

    [Fact]
    public void Title_and_section_are_trimmed_but_the_body_is_kept_as_sent()
    {
        // Ids are not trimmed: one with blanks breaks the id rule (ArticleBoundsTests), the same in a corpus and the API.
        var article = Parsed("""{"id":"kz-1","title":" Unrest ","body":"  Protests.\n","section":" World "}""");

        Assert.Equal("kz-1", article.Id);
        Assert.Equal("Unrest", article.Title);
        Assert.Equal("World", article.Section);
        Assert.Equal("  Protests.\n", article.Body);
    }

    [Fact]
    public void Blank_section_and_summary_count_as_absent()
    {
        var article = Parsed(With("""  "section":"  ","summary":"\n"  """));

        Assert.Null(article.Section);
        Assert.Null(article.Summary);
    }

    [Theory]
    [InlineData("2022-01-10T08:00:00Z", "2022-01-10T08:00:00Z")]
    [InlineData("2022-01-10T10:00:00+02:00", "2022-01-10T08:00:00Z")]
    [InlineData("2022-01-10T03:00:00.250-05:00", "2022-01-10T08:00:00.250Z")]
    [InlineData("2022-01-10T08:00:00", "2022-01-10T08:00:00Z")]
    [InlineData("2022-01-10", "2022-01-10T00:00:00Z")]
    public void Dates_are_read_as_utc_and_a_date_without_zone_is_taken_as_utc(string published, string utc)
    {
        var article = Parsed(With($$"""  "publishedAt":"{{published}}"  """));

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), article.PublishedAt);
        Assert.Equal(TimeSpan.Zero, article.PublishedAt!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_date_means_no_date(string published)
    {
        Assert.Null(Parsed(With($$"""  "publishedAt":"{{published}}"  """)).PublishedAt);
    }

    [Theory]
    [InlineData("yesterday-ish")]
    [InlineData("2022-13-45")]
    [InlineData("2022-01-10T25:00:00Z")]
    public void A_bad_date_is_named_with_the_value_that_was_sent(string published)
    {
        var error = Refused(With($$"""  "publishedAt":"{{published}}"  """));

        Assert.Equal("publishedAt", error.Field);
        Assert.Equal($"'publishedAt' is not an ISO-8601 date: '{published}'", error.Message);
    }

    [Fact]
    public void A_long_bad_date_is_shortened_in_the_message()
    {
        var error = Refused(With($$"""  "publishedAt":"{{new string('x', 500)}}"  """));

        Assert.Equal("publishedAt", error.Field);
        Assert.Contains($"'{new string('x', 40)}…'", error.Message);
        Assert.True(error.Message.Length < 100, error.Message);
    }

    [Fact]
    public void A_missing_title_is_reported_before_a_bad_date()
    {
        Assert.Equal("title", Refused("""{"id":"a","body":"b","publishedAt":"never"}""").Field);
    }

    [Theory]
    [InlineData("""{"id":5,"title":"t","body":"b"}""", "id")]
    [InlineData("""{"id":"a","title":["t"],"body":"b"}""", "title")]
    [InlineData("""{"id":"a","title":"t","body":{"text":"b"}}""", "body")]
    [InlineData("""{"id":"a","title":"t","body":"b","authors":"Ian Bremmer"}""", "authors")]
    [InlineData("""{"id":"a","title":"t","body":"b","authors":["Ian Bremmer",5]}""", "authors[1]")]
    [InlineData("""{"id":"a","title":"t","body":"b","publishedAt":1641801600}""", "publishedAt")]
    [InlineData("""{"id":"a","title":"t","body":"b","images":{"caption":"c"}}""", "images")]
    [InlineData("""{"id":"a","title":"t","body":"b","images":[{"caption":5}]}""", "images[0].caption")]
    [InlineData("""{"id":"a","title":"t","body":"b","tags":{"a":1}}""", "tags")]
    [InlineData("""{"id":"a","title":"t","body":"b","related":"kz-0"}""", "related")]
    [InlineData("""{"id":"a","title":"t","body":"b","excludeFromRelated":"yes"}""", "excludeFromRelated")]
    [InlineData("""{"id":"a","title":"t","body":"b","excludeFromRelated":1}""", "excludeFromRelated")]
    public void A_value_of_the_wrong_type_names_its_field(string json, string field)
    {
        var error = Refused(json);

        Assert.Equal(field, error.Field);
        Assert.Equal($"'{field}' has the wrong type", error.Message);
    }

    [Theory]
    [InlineData("""{"id":"broken", "title": """)]
    [InlineData("""{"id":"a","title":"t","body":"b",}""")]
    [InlineData("""{"id":"a","title":"t","body":"b"} and more""")]
    [InlineData("{id:'a'}")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("\"an article\"")]
    public void Broken_json_or_a_non_object_is_refused_with_no_field_and_a_one_line_message(string json)
    {
        var error = Refused(json);

        Assert.Null(error.Field);
        Assert.StartsWith("broken JSON: ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_json_null_is_refused_as_not_an_object()
    {
        var error = Refused("null");

        Assert.Null(error.Field);
        Assert.Equal("the line is not a JSON object", error.Message);
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        Assert.Equal("kz-1", Parsed(With("""  "wordCount":412,"extra":{"nested":[1,2]}  """)).Id);
    }

    [Fact]
    public void Field_names_match_whatever_their_case()
    {
        Assert.Equal("kz-1", Parsed("""{"ID":"kz-1","Title":"t","BODY":"b"}""").Id);
    }

    [Fact]
    public void Nulls_in_optional_fields_count_as_absent()
    {
        var article = Parsed(With("""  "url":null,"authors":null,"images":null,"tags":null,"related":null,"excludeFromRelated":null  """));

        Assert.Null(article.Url);
        Assert.Empty(article.Authors);
        Assert.Empty(article.Images);
        Assert.Empty(article.Tags);
        Assert.Empty(article.Related);
        Assert.False(article.ExcludeFromRelated);
    }

    [Fact]
    public void Authors_tags_and_related_drop_blanks_trim_and_drop_exact_repeats()
    {
        var article = Parsed(With("""
            "authors":[" Ian Bremmer ",null,"","Ian Bremmer","ian bremmer"],
            "tags":["Central Asia","  ","Central Asia"],
            "related":["kz-0"," kz-0 ",null,"kz-2"]
            """));

        Assert.Equal(["Ian Bremmer", "ian bremmer"], article.Authors);
        Assert.Equal(["Central Asia"], article.Tags);
        Assert.Equal(["kz-0", "kz-2"], article.Related);
    }

    [Fact]
    public void Images_keep_those_with_a_caption_or_a_credit_and_drop_empty_or_null_ones()
    {
        var article = Parsed(With("""
            "images":[null,{},{"caption":"  ","credit":""},{"caption":"Almaty square"},{"credit":"Kremlin/EYEPRESS"},{"caption":"Tokayev","credit":"Reuters"}]
            """));

        Assert.Equal(
            [new ArticleImage("Almaty square", null), new ArticleImage(null, "Kremlin/EYEPRESS"), new ArticleImage("Tokayev", "Reuters")],
            article.Images);
    }

    [Fact]
    public void Related_pins_keep_their_editorial_order()
    {
        Assert.Equal(["kz-9", "kz-2", "kz-5"], Parsed(With("""  "related":["kz-9","kz-2","kz-5"]  """)).Related);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Exclude_from_related_is_read_as_sent(string value, bool expected)
    {
        Assert.Equal(expected, Parsed(With($"  \"excludeFromRelated\":{value}  ")).ExcludeFromRelated);
    }

    [Fact]
    public void Validating_an_already_deserialized_body_applies_the_same_rules()
    {
        Assert.False(ArticleParser.TryValidate(new ArticleLine { Id = "kz-1", Body = "b" }, out var missing, out var missingError));
        Assert.Null(missing);
        Assert.Equal(new ArticleError("title", "'title' is required"), missingError);

        Assert.False(ArticleParser.TryValidate(new ArticleLine { Id = "kz-1", Title = "t", Body = "b", PublishedAt = "soon" }, out _, out var dateError));
        Assert.Equal("publishedAt", dateError!.Field);

        Assert.True(ArticleParser.TryValidate(new ArticleLine { Id = "kz-1", Title = "t", Body = "b", Tags = ["a", "a"] }, out var article, out var error));
        Assert.Null(error);
        Assert.Equal("kz-1", article!.Id);
        Assert.Equal(["a"], article.Tags);
    }

    [Fact]
    public void Reading_without_validating_accepts_a_line_with_required_fields_missing()
    {
        Assert.True(ArticleParser.TryRead("""{"title":" Unrest ","tags":["a","a"]}""", out var line, out var error));

        Assert.Null(error);
        Assert.Null(line.Id);
        Assert.Equal(" Unrest ", line.Title);
        Assert.Equal(["a", "a"], line.Tags);
    }

    [Theory]
    [InlineData("""{"id":"a","authors":"Ian Bremmer"}""", "authors", "'authors' has the wrong type")]
    [InlineData("""{"id":"broken", """, null, "broken JSON: ")]
    [InlineData("null", null, "the line is not a JSON object")]
    public void Reading_without_validating_still_refuses_what_is_not_an_article_object(string json, string? field, string message)
    {
        Assert.False(ArticleParser.TryRead(json, out var line, out var error));

        Assert.Null(line);
        Assert.Equal(field, error!.Field);
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void A_line_read_without_an_id_validates_once_the_caller_supplies_one()
    {
        // As the API does with the id from the path.
        Assert.True(ArticleParser.TryRead("""{"id":"from-body","title":"t","body":"b"}""", out var line, out _));

        Assert.True(ArticleParser.TryValidate(line with { Id = "from-path" }, out var article, out var error), error?.Message);
        Assert.Equal("from-path", article!.Id);
    }

    [Fact]
    public void A_parsed_article_survives_a_round_trip_through_its_own_json()
    {
        var article = Parsed(With("""
            "section":"World","authors":["Ian Bremmer"],"publishedAt":"2022-01-10T10:00:00+02:00",
            "images":[{"caption":"Almaty square","credit":"Kremlin/EYEPRESS"}],"tags":["Central Asia"],"related":["kz-0"],"excludeFromRelated":true
            """));

        var again = Parsed(ArticleJson.Serialize(article));

        Assert.Equal(ArticleJson.Serialize(article), ArticleJson.Serialize(again));
        Assert.Equal(article.PublishedAt, again.PublishedAt);
        Assert.Equal(article.Images, again.Images);
    }
}
