namespace Search.Core.Entities;

/// <summary>The tallies of one article's entities, by id: what scanning adds to and resolution reshapes.</summary>
internal sealed class TallyBook
{
    private readonly Dictionary<string, EntityTally> _tallies = new(StringComparer.Ordinal);

    public IEnumerable<EntityTally> All => _tallies.Values;

    public void AddKnown(EntityDefinition entity, float weight, bool locative = false)
    {
        var surname = entity.Kind == EntityKind.Person ? entity.Name[(entity.Name.LastIndexOfAny([' ', '-']) + 1)..] : null;
        var tally = Tally(entity.Id, entity.Name, entity.Kind, entity, surname);
        Count(tally, weight);
        tally.LocativeMentions += locative ? 1 : 0;
        if (entity.Implies is { } country)
        {
            Tally(country.Id, country.Name, country.Kind, country, null).Implied += weight;
        }
    }

    /// <summary>Counts a name found in this article only; false when it makes no id.</summary>
    public bool AddFound(EntityKind kind, string name, string idName, string? surname, float weight)
    {
        var id = EntityIds.For(kind, idName);
        if (id.Length == EntityIds.Prefix(kind).Length)
        {
            return false;
        }

        Count(Tally(id, name, kind, null, surname), weight);
        return true;
    }

    public static void Count(EntityTally tally, float weight)
    {
        tally.Direct += weight;
        tally.Mentions++;
    }

    /// <summary>Moves every direct mention of <paramref name="from"/> to <paramref name="to"/>, and what it implied with them.</summary>
    public void Transfer(EntityTally from, EntityTally to)
    {
        to.Direct += from.Direct;
        to.Mentions += from.Mentions;
        if (from.Known?.Implies is { } country && _tallies.TryGetValue(country.Id, out var implied))
        {
            implied.Implied = Math.Max(0, implied.Implied - from.Direct);
        }

        _tallies.Remove(from.Id);
    }

    public void Remove(EntityTally tally) => _tallies.Remove(tally.Id);

    public EntityTally Tally(string id, string name, EntityKind kind, EntityDefinition? known, string? surname)
    {
        if (!_tallies.TryGetValue(id, out var tally))
        {
            tally = new EntityTally(id, name, kind, known, surname);
            _tallies.Add(id, tally);
        }

        return tally;
    }

    /// <summary>The tallies that <paramref name="keep"/> accepts, copied, so the book can change while they are visited.</summary>
    public List<EntityTally> Where(Func<EntityTally, bool> keep)
    {
        var list = new List<EntityTally>();
        foreach (var tally in _tallies.Values)
        {
            if (keep(tally))
            {
                list.Add(tally);
            }
        }

        return list;
    }

    /// <summary>People by surname; null where two people share one.</summary>
    public Dictionary<string, EntityTally?> BySurname()
    {
        var bySurname = new Dictionary<string, EntityTally?>(StringComparer.Ordinal);
        foreach (var person in _tallies.Values)
        {
            if (person.Surname is { } surname)
            {
                bySurname[surname] = bySurname.TryGetValue(surname, out var other) && other != person ? null : person;
            }
        }

        return bySurname;
    }

    /// <summary>
    /// Organisations by their last word ("Bull" for "Honeywell Bull"), except organisation words, which end
    /// many names ("Association"); null where two share one.
    /// </summary>
    public Dictionary<string, EntityTally?> ByLastWord()
    {
        var byLastWord = new Dictionary<string, EntityTally?>(StringComparer.Ordinal);
        foreach (var organisation in _tallies.Values)
        {
            var space = organisation.Name.LastIndexOf(' ');
            if (organisation.Kind == EntityKind.Organisation && space > 0 && !ProperNounRules.IsOrganisationWord(organisation.Name.AsSpan(space + 1)))
            {
                var last = organisation.Name[(space + 1)..];
                byLastWord[last] = byLastWord.TryGetValue(last, out var other) && other != organisation ? null : organisation;
            }
        }

        return byLastWord;
    }
}
