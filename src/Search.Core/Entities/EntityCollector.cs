namespace Search.Core.Entities;

/// <summary>
/// One extraction's working state: scans each part of an article with its own weight, matching the
/// dictionary longest-first and turning other runs of capitalised words into people or
/// organisations (<see cref="NameRun"/>), then resolves bare surnames and ranks the tallies.
/// </summary>
internal sealed class EntityCollector(EntityDictionary dictionary)
{
    private const int MaxEntities = 30;
    private const int PruneAbove = 15;

    private readonly List<NameToken> _tokens = new(256);
    private readonly Dictionary<string, EntityTally> _tallies = new(StringComparer.Ordinal);
    private readonly List<(string Word, float Weight)> _bareWords = [];

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

        _tokens.Clear();
        NameTokenizer.Tokenize(text, _tokens);
        var run = new NameRun(text, _tokens, dictionary);
        for (var i = 0; i < _tokens.Count;)
        {
            var mentionWeight = _tokens[i].Sentence < ledeSentences ? ledeWeight : weight;
            var length = run.AcceptedMatch(i, out var entity);
            if (length > 0)
            {
                AddKnown(entity!, mentionWeight);
                i += length;
            }
            else if (!knownOnly && run.StartsName(i))
            {
                i = run.Read(i, out var found);
                Add(found, mentionWeight);
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// The ranked entities; ids of those named in the text (not only implied by a place or person)
    /// are added to <paramref name="mentioned"/> when it is given.
    /// </summary>
    public IReadOnlyList<ArticleEntity> Result(ICollection<string>? mentioned = null)
    {
        ResolveBareWords();
        var ranked = _tallies.Values
            .Where(t => t.Score > 0)
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0)
        {
            return [];
        }

        var top = ranked[0].Score;
        if (ranked.Count > PruneAbove)
        {
            // Many names: a single passing mention of an unknown one is noise, not a topic.
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

    private void Add(NameRun.Found found, float weight)
    {
        switch (found.Kind)
        {
            case NameRun.FoundKind.BareWord:
                _bareWords.Add((found.Name, weight));
                break;
            case NameRun.FoundKind.Person:
            case NameRun.FoundKind.Organisation:
                var kind = found.Kind == NameRun.FoundKind.Person ? EntityKind.Person : EntityKind.Organisation;
                var id = EntityIds.For(kind, found.IdName);
                if (id.Length > EntityIds.Prefix(kind).Length)
                {
                    Count(Tally(id, found.Name, kind, null, found.Surname), weight);
                }

                break;
        }
    }

    private void AddKnown(EntityDefinition entity, float weight)
    {
        var surname = entity.Kind == EntityKind.Person ? entity.Name[(entity.Name.LastIndexOfAny([' ', '-']) + 1)..] : null;
        Count(Tally(entity.Id, entity.Name, entity.Kind, entity, surname), weight);
        if (entity.Implies is { } country)
        {
            Tally(country.Id, country.Name, country.Kind, country, null).Implied += weight;
        }
    }

    private static void Count(EntityTally tally, float weight)
    {
        tally.Direct += weight;
        tally.Mentions++;
    }

    private EntityTally Tally(string id, string name, EntityKind kind, EntityDefinition? known, string? surname)
    {
        if (!_tallies.TryGetValue(id, out var tally))
        {
            tally = new EntityTally(id, name, kind, known, surname);
            _tallies.Add(id, tally);
        }

        return tally;
    }

    // "Machado" after "María Corina Machado" is the same person; a surname two people share stays unresolved.
    private void ResolveBareWords()
    {
        if (_bareWords.Count == 0)
        {
            return;
        }

        var bySurname = new Dictionary<string, EntityTally?>(StringComparer.Ordinal);
        foreach (var person in _tallies.Values.Where(t => t.Surname is not null))
        {
            bySurname[person.Surname!] = bySurname.TryGetValue(person.Surname!, out var other) && other != person ? null : person;
        }

        foreach (var (word, weight) in _bareWords)
        {
            if (bySurname.GetValueOrDefault(word) is not { } person)
            {
                continue;
            }

            if (person.Known is { } known)
            {
                AddKnown(known, weight);
            }
            else
            {
                Count(person, weight);
            }
        }
    }
}
