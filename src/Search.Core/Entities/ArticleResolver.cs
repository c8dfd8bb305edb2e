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
    private readonly HeadlineRuns _headlineRuns = new();

    public void AddBareWord(string word, float weight) => _bareWords.Add((word, weight));

    public void AddPlural(string word, float weight) => _plurals.Add((word, weight));

    public void AddHeadlineRun(string text, List<(int Start, int End)> words, float weight) => _headlineRuns.Add(text, words, weight);

    /// <summary>Settles the tallies; <paramref name="texts"/> are the article's scanned parts.</summary>
    public void Resolve(TallyBook book, IReadOnlyList<string> texts)
    {
        CommonWordNames.Drop(book, texts);
        MergeShortForms(book);
        SurnamesOverPlaces(book);
        TeamsOverPlaces(book);
        _headlineRuns.Resolve(book, texts, _bareWords);
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
