namespace Search.Core.Entities;

/// <summary>
/// What only the whole article can settle, once every part is scanned: a name typed one way with
/// evidence wins over the same name without it ("Betty Ford" is the Betty Ford Center; "Houston" is
/// Angus Houston), Title Case headline words count only for names the article holds, a plural after
/// "the" is a family when a person has that surname and a team or party otherwise, and bare words
/// resolve to the one person with that surname or the one organisation ending in that word. A city
/// named bare in a story about its team is the team.
/// </summary>
internal sealed class ArticleResolver
{
    private readonly List<(string Word, float Weight)> _bareWords = [];
    private readonly List<(string Word, float Weight)> _plurals = [];
    private readonly List<(string Text, List<(int Start, int End)> Words, float Weight)> _headlineRuns = [];

    public void AddBareWord(string word, float weight) => _bareWords.Add((word, weight));

    public void AddPlural(string word, float weight) => _plurals.Add((word, weight));

    public void AddHeadlineRun(string text, List<(int Start, int End)> words, float weight) => _headlineRuns.Add((text, words, weight));

    /// <summary>Settles the tallies; <paramref name="texts"/> are the article's scanned parts.</summary>
    public void Resolve(TallyBook book, IReadOnlyList<string> texts)
    {
        CommonWordNames.Drop(book, texts);
        MergeShortForms(book);
        SurnamesOverPlaces(book);
        TeamsOverPlaces(book);
        ResolveHeadlines(book, texts);
        ResolvePlurals(book);
        ResolveBareWords(book);
    }

    // "Betty Ford" beside "Betty Ford Center", "Computer Memories" beside "Computer Memories Inc", "Deluxe
    // Film" beside "Deluxe Films": the organisation word seen once types the shorter form too.
    private static void MergeShortForms(TallyBook book)
    {
        var organisations = book.Where(t => t.Kind == EntityKind.Organisation);
        if (organisations.Count == 0)
        {
            return;
        }

        foreach (var person in book.Where(t => t.Kind == EntityKind.Person && t.Known is null))
        {
            var longer = organisations.FirstOrDefault(o => o.Name.Length > person.Name.Length
                && o.Name.StartsWith(person.Name, StringComparison.Ordinal)
                && (o.Name[person.Name.Length] == ' ' || o.Name.Length == person.Name.Length + 1 && o.Name[^1] == 's'));
            if (longer is not null)
            {
                book.Transfer(person, longer);
            }
        }
    }

    // A place or country that is also the surname of a person in the article is that person ("Houston"
    // after "Angus Houston", "Jordan" after "Michael Jordan").
    private static void SurnamesOverPlaces(TallyBook book)
    {
        var bySurname = book.BySurname();
        if (bySurname.Count == 0)
        {
            return;
        }

        foreach (var place in book.Where(t => t.Kind is EntityKind.Place or EntityKind.Country && t.Mentions > 0))
        {
            if (bySurname.GetValueOrDefault(place.Name) is { } person)
            {
                book.Transfer(place, person);
            }
        }
    }

    // "Kansas City opened up the second half" in a story about the Kansas City Chiefs is the team; "in
    // San Diego" is still the city, so a place named once with a locative word keeps its mentions.
    private static void TeamsOverPlaces(TallyBook book)
    {
        var teams = book.Where(t => t.Known is { IsTeam: true });
        if (teams.Count == 0)
        {
            return;
        }

        foreach (var place in book.Where(t => t.Kind == EntityKind.Place && t.Mentions > 0 && t.LocativeMentions == 0))
        {
            var team = teams.FirstOrDefault(o => o.Name.Length > place.Name.Length + 1
                && o.Name.StartsWith(place.Name, StringComparison.Ordinal) && o.Name[place.Name.Length] == ' ');
            if (team is not null)
            {
                book.Transfer(place, team);
            }
        }
    }

    private void ResolveHeadlines(TallyBook book, IReadOnlyList<string> texts)
    {
        if (_headlineRuns.Count == 0)
        {
            return;
        }

        var byName = new Dictionary<string, EntityTally>(StringComparer.Ordinal);
        foreach (var tally in book.Where(t => t.Mentions > 0))
        {
            byName.TryAdd(tally.Name, tally);
        }

        foreach (var (text, words, weight) in _headlineRuns)
        {
            var unmatchedFrom = 0;
            for (var s = 0; s < words.Count;)
            {
                var matched = false;
                for (var e = words.Count - 1; e >= s && !matched; e--)
                {
                    if (byName.TryGetValue(text[words[s].Start..words[e].End], out var tally))
                    {
                        HeadlineOnly(book, texts, text, words, unmatchedFrom, s, weight);
                        TallyBook.Count(tally, weight);
                        s = e + 1;
                        unmatchedFrom = s;
                        matched = true;
                    }
                }

                s += matched ? 0 : 1;
            }

            HeadlineOnly(book, texts, text, words, unmatchedFrom, words.Count, weight);
        }
    }

    // Headline words the story does not repeat: "Lindsay Lohan Checks" is Lindsay Lohan when the story
    // writes "checked" in lower case and calls her "Lindsay" mid-sentence. Otherwise they are bare words.
    private void HeadlineOnly(TallyBook book, IReadOnlyList<string> texts, string headline, List<(int Start, int End)> words, int from, int to, float weight)
    {
        var last = to;
        while (last > from && ArticleWords.AnyFormInLowerCase(texts, headline[words[last - 1].Start..words[last - 1].End]))
        {
            last--;
        }

        if (last - from is 2 or 3 && IsPlainName(texts, headline, words, from, last)
            && ArticleWords.CapitalisedMidSentence(texts, headline[words[from].Start..words[from].End], headline))
        {
            var name = headline[words[from].Start..words[last - 1].End];
            book.AddFound(EntityKind.Person, name, name, headline[words[last - 1].Start..words[last - 1].End], weight);
            from = last;
        }

        for (var w = from; w < to; w++)
        {
            _bareWords.Add((headline[words[w].Start..words[w].End], weight));
        }
    }

    // No title, list word, digit or hyphen, and no word the story also writes in lower case ("Queens Woman").
    private static bool IsPlainName(IReadOnlyList<string> texts, string headline, List<(int Start, int End)> words, int from, int to)
    {
        for (var w = from; w < to; w++)
        {
            var word = headline[words[w].Start..words[w].End];
            var classes = ProperNounRules.Classes(word);
            if ((classes & (WordClass.Title | WordClass.NonName | WordClass.Organisation | WordClass.Place)) != 0
                || word.AsSpan().ContainsAny("0123456789- ")
                || (classes & WordClass.WordlikeGivenName) == 0 && ArticleWords.AnyFormInLowerCase(texts, word))
            {
                return false;
            }
        }

        return true;
    }

    private void ResolvePlurals(TallyBook book)
    {
        if (_plurals.Count == 0)
        {
            return;
        }

        var bySurname = book.BySurname();
        var byLastWord = book.ByLastWord();
        foreach (var (word, weight) in _plurals)
        {
            // "the Klitschkos" are a family when a Klitschko is in the story; "the Nichols" case is Brian Nichols's.
            if (bySurname.ContainsKey(word) || bySurname.ContainsKey(word[..^1])
                || word.EndsWith("es", StringComparison.Ordinal) && bySurname.ContainsKey(word[..^2]))
            {
                continue;
            }

            if (byLastWord.GetValueOrDefault(word) is { } organisation)
            {
                TallyBook.Count(organisation, weight);
            }
            else
            {
                book.AddFound(EntityKind.Organisation, word, word, null, weight);
            }
        }
    }

    // "Machado" after "María Corina Machado" is the same person; a surname two people share stays unresolved.
    private void ResolveBareWords(TallyBook book)
    {
        if (_bareWords.Count == 0)
        {
            return;
        }

        var bySurname = book.BySurname();
        var byLastWord = book.ByLastWord();
        foreach (var (word, weight) in _bareWords)
        {
            if (bySurname.GetValueOrDefault(word) is { } person)
            {
                if (person.Known is { } known)
                {
                    book.AddKnown(known, weight);
                }
                else
                {
                    TallyBook.Count(person, weight);
                }
            }
            else if (byLastWord.GetValueOrDefault(word) is { } organisation)
            {
                TallyBook.Count(organisation, weight);
            }
        }
    }
}
