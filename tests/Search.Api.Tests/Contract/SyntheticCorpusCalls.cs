using Search.Core.Entities;
using Search.Synthetic;

namespace Search.Api.Tests.Contract;

/// <summary>
/// The calls pinned on a synthetic archive. Queries, filters and ids are taken from the corpus itself
/// (its most frequent tags, sections and authors, its first, middle and last articles), never typed in,
/// so the list follows the generator's seed and size.
/// </summary>
internal static class SyntheticCorpusCalls
{
    public static IReadOnlyList<ApiCall> For(SyntheticCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var first = corpus.Article(0);
        var second = corpus.Article(1);
        var year = first.PublishedAt!.Value.Year;
        var tag = Escape(corpus.Tags[0]);
        var words = corpus.Tags.Where(t => t.All(char.IsLetter)).ToArray();
        var longWord = words.First(w => w.Length >= 7);
        // The extractor is the one indexing uses, so this entity is on the first article's index entry.
        var entity = EntityExtractor.Default.Extract(first).OrderByDescending(e => e.Weight).ThenBy(e => e.Id, StringComparer.Ordinal).First().Id;
        var author = corpus.Authors[0];
        var wordsOnlyTitle = Enumerable.Range(0, corpus.Count).Select(corpus.Article).First(a => a.Title.All(c => char.IsLetter(c) || c == ' ')).Title;
        var firstId = NewsroomGenerator.IdFor(0);
        var middleId = NewsroomGenerator.IdFor(corpus.Count / 2);
        var lastId = NewsroomGenerator.IdFor(corpus.Count - 1);
        var unknownId = NewsroomGenerator.IdFor(corpus.Count);

        return
        [
            ApiCall.Get($"/api/search?q={tag}"),
            ApiCall.Get($"/api/search?q={tag}&section={Escape(corpus.Sections[0])}"),
            ApiCall.Get($"/api/search?q={Escape(words[1])}&author={Escape(author)}"),
            ApiCall.Get($"/api/search?entity={Escape(entity)}&size=5"),
            ApiCall.Get($"/api/search?q={tag}&from={year}-01-01&to={year}-12-31"),
            ApiCall.Get($"/api/search?q={Escape(words[1])}&sort=newest&size=20"),
            ApiCall.Get($"/api/search?q={tag}&page=2&size=5"),
            ApiCall.Get($"/api/search?q={tag}&page=50&size=20"),
            ApiCall.Get($"/api/search?section={Escape(corpus.Sections[^1])}&sort=newest&size=3"),
            // Headlines as phrases: the first has a stop word and a figure in it, the other only words.
            ApiCall.Get($"/api/search?q={Escape('"' + first.Title + '"')}"),
            ApiCall.Get($"/api/search?q={Escape('"' + wordsOnlyTitle + '"')}"),
            // A frequent tag with its third letter dropped, for didYouMean.
            ApiCall.Get($"/api/search?q={Escape(longWord[..2] + longWord[3..])}"),
            ApiCall.Get($"/api/search?q={Escape($"{words[0]} OR {words[1]}")}&size=5"),
            ApiCall.Get($"/api/search?q={Escape($"{words[0]} -{words[1]}")}&size=5"),
            ApiCall.Get($"/api/search?q={Escape('"' + words[0])}&size=3"),
            ApiCall.Get("/api/search?q=*&size=3"),
            ApiCall.Get($"/api/suggest?q={Escape(corpus.Tags[0][..3].ToLowerInvariant())}"),
            ApiCall.Get($"/api/suggest?q={Escape(author.Split(' ')[^1][..2].ToLowerInvariant())}"),
            ApiCall.Get($"/api/articles/{firstId}"),
            ApiCall.Get($"/api/articles/{lastId}"),
            ApiCall.Get($"/api/articles/{unknownId}"),
            ApiCall.Get($"/api/articles/{firstId}/related?count=5"),
            ApiCall.Get($"/api/articles/{NewsroomGenerator.IdFor(1)}/related?count=5"),
            ApiCall.Get($"/api/articles/{middleId}/related?count=5"),
            ApiCall.Get($"/api/articles/{lastId}/related?count=20"),
            ApiCall.Get($"/api/articles/{unknownId}/related"),
            ApiCall.Post("/api/related?count=5", new { title = second.Title, body = second.Body.Split("\n\n")[0] }),
            ApiCall.Get($"/api/search?q={tag}&size=101"),
        ];
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
