namespace Search.Core.Entities;

/// <summary>
/// The runs of a Title Case headline, where a capital says nothing: once the article is scanned, each
/// counts for the names the article holds ("Lindsay Lohan Checks Out" → Lindsay Lohan), or for a name the
/// story shortens, or else as bare words for surname resolution.
/// </summary>
internal sealed class HeadlineRuns
{
    private const WordClass NotInNames = WordClass.Title | WordClass.NonName | WordClass.Organisation | WordClass.Place;

    private readonly List<(string Text, List<(int Start, int End)> Words, float Weight)> _runs = [];

    public void Add(string text, List<(int Start, int End)> words, float weight) => _runs.Add((text, words, weight));

    public void Resolve(TallyBook book, IReadOnlyList<string> texts, List<(string Word, float Weight)> bareWords)
    {
        if (_runs.Count == 0)
        {
            return;
        }

        var byName = new Dictionary<string, EntityTally>(StringComparer.Ordinal);
        foreach (var tally in book.Where(t => t.Mentions > 0))
        {
            byName.TryAdd(tally.Name, tally);
        }

        foreach (var (text, words, weight) in _runs)
        {
            var unmatchedFrom = 0;
            for (var s = 0; s < words.Count;)
            {
                var matched = false;
                for (var e = words.Count - 1; e >= s && !matched; e--)
                {
                    if (byName.TryGetValue(text[words[s].Start..words[e].End], out var tally))
                    {
                        HeadlineOnly(book, texts, bareWords, text, words, unmatchedFrom, s, weight);
                        TallyBook.Count(tally, weight);
                        s = e + 1;
                        unmatchedFrom = s;
                        matched = true;
                    }
                }

                s += matched ? 0 : 1;
            }

            HeadlineOnly(book, texts, bareWords, text, words, unmatchedFrom, words.Count, weight);
        }
    }

    // Headline words the story does not repeat: "Lindsay Lohan Checks" is Lindsay Lohan when the story
    // writes "checked" in lower case and calls her "Lindsay" mid-sentence. Otherwise they are bare words.
    private static void HeadlineOnly(
        TallyBook book, IReadOnlyList<string> texts, List<(string Word, float Weight)> bareWords, string headline, List<(int Start, int End)> words, int from, int to, float weight)
    {
        // Cheapest tests first: most leftovers are single words or start with a word the story never repeats.
        var last = to;
        var named = false;
        if (to - from >= 2 && (ProperNounRules.Classes(headline.AsSpan(words[from].Start, words[from].End - words[from].Start)) & NotInNames) == 0
            && ArticleWords.CapitalisedMidSentence(texts, headline[words[from].Start..words[from].End], headline))
        {
            while (last > from + 1 && ArticleWords.AnyFormInLowerCase(texts, headline[words[last - 1].Start..words[last - 1].End]))
            {
                last--;
            }

            named = last - from is 2 or 3 && IsPlainName(texts, headline, words, from, last);
        }

        if (named)
        {
            var name = headline[words[from].Start..words[last - 1].End];
            book.AddFound(EntityKind.Person, name, name, headline[words[last - 1].Start..words[last - 1].End], weight);
            from = last;
        }

        for (var w = from; w < to; w++)
        {
            bareWords.Add((headline[words[w].Start..words[w].End], weight));
        }
    }

    // No title, list word, digit or hyphen, and no word the story also writes in lower case ("Queens Woman").
    private static bool IsPlainName(IReadOnlyList<string> texts, string headline, List<(int Start, int End)> words, int from, int to)
    {
        for (var w = from; w < to; w++)
        {
            var word = headline[words[w].Start..words[w].End];
            var classes = ProperNounRules.Classes(word);
            if ((classes & NotInNames) != 0
                || word.AsSpan().ContainsAny("0123456789- ")
                || (classes & WordClass.WordlikeGivenName) == 0 && ArticleWords.AnyFormInLowerCase(texts, word))
            {
                return false;
            }
        }

        return true;
    }
}
