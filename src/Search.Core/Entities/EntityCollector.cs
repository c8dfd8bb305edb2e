namespace Search.Core.Entities;

/// <summary>
/// One extraction's working state: scans each part of an article with its own weight, matching the
/// dictionary longest-first and typing other runs of capitalised words (<see cref="NameRun"/>), then
/// settles what only the whole article can (<see cref="ArticleResolver"/>) and ranks the tallies.
/// </summary>
internal sealed class EntityCollector(EntityDictionary dictionary)
{
    private const int MaxEntities = 30;
    private const int PruneAbove = 15;

    /// <summary>
    /// Longer runs of capitalised words are tables or shouting, not names ("International Bank for Reconstruction and
    /// Development" is 52). The id, facet value and suggestion keys of an entity are exact Lucene terms: a 5,000-word
    /// run in a body made a 54 KB id, over Lucene's 32,766-byte term limit, and failed the whole document.
    /// </summary>
    private const int MaxNameChars = 200;

    private readonly List<NameToken> _tokens = new(256);
    private readonly TallyBook _book = new();
    private readonly ArticleResolver _resolver = new();
    private readonly List<string> _texts = new(4);

    /// <summary>
    /// Scans <paramref name="text"/>; its first <paramref name="ledeSentences"/> weigh <paramref name="ledeWeight"/>.
    /// With <paramref name="knownOnly"/> only dictionary names count (photo credits name photographers, not topics).
    /// </summary>
    public void Scan(string? text, float weight, float ledeWeight = 0, int ledeSentences = 0, bool knownOnly = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        _texts.Add(text);
        _tokens.Clear();
        NameTokenizer.Tokenize(text, _tokens);
        var run = new NameRun(text, _tokens, dictionary);
        var insideNameUntil = 0;
        for (var i = 0; i < _tokens.Count;)
        {
            var mentionWeight = _tokens[i].Sentence < ledeSentences ? ledeWeight : weight;
            var length = run.AcceptedMatch(i, out var entity);
            if (length > 0 && knownOnly && entity!.IsMedia)
            {
                // "Photo: AFP" names where the picture came from, not what the story is about.
                i += length;
            }
            else if (length > 0)
            {
                // Within a longer name already read ("Industrial Bank of Japan Ltd") a place runs on into nothing new.
                i = Known(run, i, length, entity!, mentionWeight, knownOnly || i < insideNameUntil);
            }
            else if (!knownOnly && run.StartsName(i))
            {
                i = run.Read(i, out var found, out insideNameUntil);
                Add(found, mentionWeight);
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// Scans a headline in Title Case, where a capital says nothing: dictionary names and names that end in
    /// an organisation or place word count at once, other runs only for the names the rest of the article
    /// holds ("Lindsay Lohan Checks Out" → Lindsay Lohan).
    /// </summary>
    public void ScanHeadline(string text, float weight)
    {
        _texts.Add(text);
        _tokens.Clear();
        NameTokenizer.Tokenize(text, _tokens);
        var run = new NameRun(text, _tokens, dictionary);
        for (var i = 0; i < _tokens.Count;)
        {
            var length = run.AcceptedMatch(i, out var entity);
            if (length > 0)
            {
                AddKnown(entity!, weight);
                i += length;
            }
            else if (run.StartsName(i))
            {
                var next = run.Read(i, out var found, out _);
                if (found.Kind is NameRun.FoundKind.Organisation or NameRun.FoundKind.Place && run.EndsInTypeWord())
                {
                    // "Wildfires and the Supreme Court": a name that ends in its own evidence stands in any case.
                    Add(found, weight);
                    i = next;
                    continue;
                }

                var words = new List<(int Start, int End)>();
                i = run.ReadSpans(i, words);
                _resolver.AddHeadlineRun(text, words, weight);
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Whether <paramref name="title"/> is in Title Case: nearly all its longer words capitalised.</summary>
    public static bool IsTitleCase(string title)
    {
        var tokens = new List<NameToken>();
        NameTokenizer.Tokenize(title, tokens);
        var words = 0;
        var capitalised = 0;
        foreach (var token in tokens.Where(t => t.Length >= 4 && char.IsLetter(title[t.Start]) && !t.Has(NameTokenFlags.AllCaps)))
        {
            words++;
            capitalised += token.Has(NameTokenFlags.Upper) ? 1 : 0;
        }

        return words >= 3 && capitalised >= 0.75 * words;
    }

    /// <summary>
    /// The ranked entities; ids of those named in the text (not only implied by a place or person)
    /// are added to <paramref name="mentioned"/> when it is given.
    /// </summary>
    public IReadOnlyList<ArticleEntity> Result(ICollection<string>? mentioned = null)
    {
        _resolver.Resolve(_book, _texts);
        var ranked = _book.All
            .Where(t => t.Score > 0)
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0)
        {
            return [];
        }

        var top = ranked[0].Score;
        if (ranked.Count(t => t.Known is null) > PruneAbove)
        {
            // Many unknown names: a single passing mention of one is noise, not a topic. Dictionary names
            // are not counted, so a story rich in known places and teams keeps its people.
            ranked.RemoveAll(t => t.Known is null && t.Mentions <= 1 && t.Score < 0.3f * top);
        }

        var kept = ranked.Take(MaxEntities).ToArray();
        if (mentioned is not null)
        {
            foreach (var tally in kept.Where(t => t.Mentions > 0))
            {
                mentioned.Add(tally.Id);
            }
        }

        return kept.Select(t => new ArticleEntity(t.Id, t.Name, t.Kind, t.Score / top)).ToArray();
    }

    // A known name that runs on into a longer one: "Jakarta Stock Exchange" and "Reuters Holdings PLC" are
    // organisations and "Pacific Coast Highway" a place; a country stays named inside one ("Malaysia Airlines").
    // After a country only one more word makes the longer name; "U.S. Supreme Court" is the US and the
    // Supreme Court, so the court has one id whether or not a story names the country.
    private int Known(NameRun run, int index, int length, EntityDefinition entity, float weight, bool asIs)
    {
        if (!entity.IsName)
        {
            return index + length;
        }

        if (!asIs && entity.Kind != EntityKind.Person && run.RunsOn(index + length))
        {
            var end = run.Read(index, out var longer, out _);
            if (entity.Kind == EntityKind.Organisation && run.AreLegalForms(index + length, end))
            {
                AddKnown(entity, weight);
                return end;
            }

            var ownName = entity.Kind != EntityKind.Country || run.NamesCountrysOrganisation(index + length, end);
            if (longer.Kind == NameRun.FoundKind.Organisation && ownName || longer.Kind == NameRun.FoundKind.Place && entity.Kind == EntityKind.Place)
            {
                if (entity.Kind == EntityKind.Country)
                {
                    AddKnown(entity, weight);
                }

                Add(longer, weight);
                return end;
            }
        }

        _book.AddKnown(entity, weight, entity.Kind == EntityKind.Place && run.IsLocative(index));
        return index + length;
    }

    private void AddKnown(EntityDefinition entity, float weight)
    {
        if (entity.IsName)
        {
            _book.AddKnown(entity, weight);
        }
    }

    private void Add(NameRun.Found found, float weight)
    {
        switch (found.Kind)
        {
            case NameRun.FoundKind.BareWord or NameRun.FoundKind.Person or NameRun.FoundKind.Organisation when found.Name.Length > MaxNameChars:
                break;
            case NameRun.FoundKind.BareWord:
                _resolver.AddBareWord(found.Name, weight);
                break;
            case NameRun.FoundKind.PluralAfterThe:
                _resolver.AddPlural(found.Name, weight);
                break;
            case NameRun.FoundKind.Person:
                _book.AddFound(EntityKind.Person, found.Name, found.IdName, found.Surname, weight);
                break;
            case NameRun.FoundKind.Organisation:
                _book.AddFound(EntityKind.Organisation, found.Name, found.IdName, null, weight);
                break;
            case NameRun.FoundKind.Place:
                _book.AddFound(EntityKind.Place, found.Name, found.IdName, null, weight);
                break;
        }
    }
}
