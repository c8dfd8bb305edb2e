using Search.Core.Articles;
using Search.Core.Searching;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Searching;

public sealed class SearchServiceTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    private const string Kazakhstan = "kazakhstan-the-west-wing-in-a-g-zero-world";
    private SearchService Search => seed.Search;

    [Fact]
    public void Kazakhstan_finds_the_Kazakhstan_piece_first_with_a_marked_snippet()
    {
        var result = Search.Search(new SearchRequest { Query = "Kazakhstan" });

        Assert.Equal(Kazakhstan, result.Hits[0].Id);
        Assert.Contains("<mark>Kazakhstan</mark>", result.Hits[0].Snippet);
    }

    [Fact]
    public void A_snippet_never_shows_one_passage_twice_when_the_body_repeats_the_summary()
    {
        // The seed piece's summary is its body's opening paragraph, word for word.
        var snippet = Search.Search(new SearchRequest { Query = "Kazakhstan" }).Hits[0].Snippet;

        var passages = snippet.Split('…', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(passages.Length >= 2, snippet);
        Assert.Equal(passages.Length, passages.Distinct().Count());
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(snippet, "over unrest in"));
    }

    [Theory]
    [InlineData("Tokayev")]
    [InlineData("EYEPRESS")]
    [InlineData("\"Collective Security Treaty\"")]
    public void Body_caption_credit_and_phrase_matches_find_the_piece(string query)
    {
        var result = Search.Search(new SearchRequest { Query = query });

        Assert.Contains(result.Hits, h => h.Id == Kazakhstan);
    }

    [Fact]
    public void Exclusion_removes_matching_articles()
    {
        var all = Search.Search(new SearchRequest { Query = "Putin" });
        var without = Search.Search(new SearchRequest { Query = "Putin -Kazakhstan" });

        Assert.Contains(all.Hits, h => h.Id == Kazakhstan);
        Assert.DoesNotContain(without.Hits, h => h.Id == Kazakhstan);
        Assert.NotEmpty(without.Hits);
    }

    [Fact]
    public void Snippets_escape_html_from_the_article()
    {
        using var index = new TempIndex([new Article { Id = "x", Title = "Script", Body = "Beware <script>alert('kazakh')</script> & friends" }]);
        var result = new SearchService(index.Store).Search(new SearchRequest { Query = "beware" });

        var snippet = result.Hits.Single().Snippet;
        Assert.Contains("<mark>Beware</mark>", snippet);
        Assert.Contains("&lt;script&gt;", snippet);
        Assert.DoesNotContain("<script>", snippet);
    }

    [Theory]
    [InlineData("The Who")]
    [InlineData("to be or not to be")]
    [InlineData("\"to be or not to be\"")]
    public void A_query_of_stop_words_only_searches_with_them_kept(string query)
    {
        using var index = new TempIndex(
        [
            new Article { Id = "band", Title = "The Who play Hyde Park", Body = "Who would miss it? To be or not to be there, that is not the question." },
            new Article { Id = "other", Title = "Rates rise", Body = "The bank raised rates." },
        ]);

        var result = new SearchService(index.Store).Search(new SearchRequest { Query = query });

        Assert.Equal(["band"], result.Hits.Select(h => h.Id));
        Assert.Equal(1, result.Total);
    }

    [Fact]
    public void A_quoted_phrase_with_a_stop_word_in_it_matches_the_phrase()
    {
        using var index = new TempIndex(
        [
            new Article { Id = "boe", Title = "Rates", Body = "The Bank of England raised rates." },
            new Article { Id = "holiday", Title = "Holiday", Body = "England had a bank holiday." },
        ]);

        var result = new SearchService(index.Store).Search(new SearchRequest { Query = "\"Bank of England\"" });

        Assert.Equal(["boe"], result.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Misspelled_query_gets_did_you_mean_and_a_corrected_retry()
    {
        var result = Search.Search(new SearchRequest { Query = "kazakstan" });

        Assert.Equal("kazakhstan", result.DidYouMean);
        Assert.True(result.Corrected);
        Assert.Equal(Kazakhstan, result.Hits[0].Id);
    }

    [Fact]
    public void A_correction_is_remembered_only_for_its_index_view()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());
        var search = new SearchService(index.Store);
        Assert.Equal("kazakhstan", search.Search(new SearchRequest { Query = "kazakstan" }).DidYouMean);
        Assert.Equal("kazakhstan", search.Search(new SearchRequest { Query = "kazakstan", Page = 2 }).DidYouMean);

        // Once an article spells it so, the word is in the archive and the next view no longer corrects it.
        var article = TempIndex.SeedArticles()[0];
        index.Store.Upsert(article with { Id = "spelled-so", Body = article.Body + " The kazakstan spelling." });

        var after = search.Search(new SearchRequest { Query = "kazakstan" });
        Assert.Null(after.DidYouMean);
        Assert.Equal("spelled-so", Assert.Single(after.Hits).Id);
    }

    [Fact]
    public void Remembered_hits_answer_as_read_ones_and_never_outlive_their_index_view()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());
        var reading = new SearchService(index.Store);
        var remembering = new SearchService(index.Store, storedArticles: 1_000);
        // Every article (no words: all, newest first), then a few searches, each once more from memory.
        foreach (var query in new[] { null, "Kazakhstan", "Russia", "Putin Kremlin", "fire", "Kazakhstan", null })
        {
            var request = new SearchRequest { Query = query, Size = 50 };
            Assert.Equal(Json(reading.Search(request)), Json(remembering.Search(request)));
        }

        // A rebuild in another order gives the same document numbers to other articles, and a retitled piece a new one.
        var rebuilt = TempIndex.SeedArticles().Reverse().Select(a => a.Id == Kazakhstan ? a with { Title = "Kazakhstan, retitled" } : a).ToArray();
        index.Store.Rebuild(rebuilt, "reversed", new CorpusReport());
        foreach (var query in new[] { null, "Kazakhstan", "Russia", "Putin Kremlin", "fire" })
        {
            var request = new SearchRequest { Query = query, Size = 50 };
            Assert.Equal(Json(reading.Search(request)), Json(remembering.Search(request)));
        }

        var after = remembering.Search(new SearchRequest { Query = "Kazakhstan" });
        Assert.Equal("Kazakhstan, retitled", after.Hits.Single(h => h.Id == Kazakhstan).Title);
    }

    private static string Json(SearchResult result) => System.Text.Json.JsonSerializer.Serialize(result);

    [Fact]
    public void Correct_query_gets_no_did_you_mean()
    {
        Assert.Null(Search.Search(new SearchRequest { Query = "Kazakhstan Putin" }).DidYouMean);
    }

    [Fact]
    public void Newest_sort_orders_by_publication_date()
    {
        var result = Search.Search(new SearchRequest { Query = "Russia OR Trump OR war", Sort = SearchSort.Newest, Size = 20 });

        var dates = result.Hits.Select(h => h.PublishedAt!.Value).ToList();
        Assert.True(dates.Count >= 3);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public void Filters_restrict_by_section_author_and_date()
    {
        var world = Search.Search(new SearchRequest { Section = "world", Size = 20 });
        var january = Search.Search(new SearchRequest { From = new DateTimeOffset(2025, 1, 9, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2025, 1, 10, 23, 59, 59, TimeSpan.Zero), Size = 20 });
        var nobody = Search.Search(new SearchRequest { Author = "Nobody At All" });

        Assert.NotEmpty(world.Hits);
        Assert.All(world.Hits, h => Assert.Equal("World", h.Section));
        Assert.Equal(world.Total, world.Facets.Section.Single().Count);
        Assert.NotEmpty(january.Hits);
        Assert.All(january.Hits, h => Assert.InRange(h.PublishedAt!.Value.Day, 9, 10));
        Assert.Equal(0, nobody.Total);
    }

    [Fact]
    public void Section_facets_count_all_matches_not_just_the_page()
    {
        var result = Search.Search(new SearchRequest { Size = 1 });

        Assert.Single(result.Hits);
        Assert.Equal(9, result.Total);
        Assert.Equal(9, result.Facets.Section.Sum(f => f.Count));
    }

    [Fact]
    public void Facet_size_zero_skips_facets_but_not_hits()
    {
        var result = Search.Search(new SearchRequest { Query = "Russia", FacetSize = 0 });

        Assert.NotEmpty(result.Hits);
        Assert.Empty(result.Facets.Section);
        Assert.Empty(result.Facets.Entity);
    }

    [Fact]
    public void Paging_returns_disjoint_pages()
    {
        var first = Search.Search(new SearchRequest { Size = 4, Page = 1 });
        var second = Search.Search(new SearchRequest { Size = 4, Page = 2 });

        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
        Assert.Equal(4, second.Hits.Count);
    }

    [Theory]
    [InlineData("AND (")]
    [InlineData("\"unclosed")]
    [InlineData("*")]
    [InlineData("~~~")]
    [InlineData("[a TO")]
    [InlineData("\\")]
    [InlineData("a* *a* ?x? k*")]
    [InlineData("\u0000\u0001\u001f kazakhstan \u007f")]
    [InlineData("🇰🇿 Kazakhstan 🙂")]
    [InlineData("\ud800 lone surrogate")]
    [InlineData("the of and")]
    [InlineData("-kazakhstan")]
    [InlineData("title:foo^3 +(bar || baz) && !qux")]
    public void Hostile_queries_never_throw(string query)
    {
        var result = Search.Search(new SearchRequest { Query = query });

        Assert.NotNull(result);
    }

    [Fact]
    public void A_two_thousand_character_query_is_answered()
    {
        var query = string.Join(' ', Enumerable.Repeat("kazakhstan russia", 120));

        var result = Search.Search(new SearchRequest { Query = query });

        Assert.Equal(Kazakhstan, result.Hits[0].Id);
    }

    [Fact]
    public void A_query_of_hundreds_of_hyphenated_words_stays_under_the_clause_limit()
    {
        // Two parts (a part is cut at 480 characters) of 160 two-character terms each: at four field clauses
        // a term that is past Lucene's 1,024.
        var words = (from a in "bcdfghjklmnpqrstvwxz" from b in "0123456789" select $"{a}{b}").ToList();
        var query = $"kazakhstan {string.Join('-', words.Take(160))} {string.Join('-', words.Skip(40).Take(160))}";

        var result = Search.Search(new SearchRequest { Query = query });

        Assert.Equal(Kazakhstan, result.Hits[0].Id);
    }

    [Fact]
    public void Validation_names_bad_paging()
    {
        Assert.Contains("size", new SearchRequest { Size = 1000 }.Validate().Keys);
        Assert.Contains("page", new SearchRequest { Page = 0 }.Validate().Keys);
        Assert.Contains("page", new SearchRequest { Page = 5000, Size = 100 }.Validate().Keys);
        Assert.Empty(new SearchRequest().Validate());
    }
}
