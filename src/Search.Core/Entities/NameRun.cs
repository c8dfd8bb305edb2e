namespace Search.Core.Entities;

/// <summary>
/// Reads names out of one tokenized text: dictionary matches (with the context check for names like
/// "Jordan"), and runs of capitalised words the dictionary does not know, classified as a person
/// ("Kassym-Jomart Tokayev", titles stripped), an organisation ("Collective Security Council"),
/// or a bare word kept for surname resolution.
/// </summary>
internal sealed class NameRun(string text, List<NameToken> tokens, EntityDictionary dictionary)
{
    public enum FoundKind { Nothing, BareWord, Person, Organisation }

    public readonly record struct Found(FoundKind Kind, string Name, string IdName, string? Surname);

    private readonly List<(int Start, int End)> _words = [];

    /// <summary>Length of the dictionary match at <paramref name="index"/>, or 0 (also when its context rejects it).</summary>
    public int AcceptedMatch(int index, out EntityDefinition? entity)
    {
        var length = dictionary.Match(text, tokens, index, out entity, out var needsContext);
        return length > 0 && (!needsContext || StandsAlone(index, length)) ? length : 0;
    }

    /// <summary>Whether a capitalised word that could begin a name starts at <paramref name="index"/>.</summary>
    public bool StartsName(int index) => !tokens[index].Has(NameTokenFlags.Joined) && IsCapitalisedWord(index);

    /// <summary>Reads the run starting at <paramref name="index"/>; returns where scanning goes on.</summary>
    public int Read(int index, out Found found)
    {
        _words.Clear();
        var hasOrganisationWord = false;
        var resumeAt = -1;
        var k = index;
        while (true)
        {
            var end = WordEnd(k);
            _words.Add((k, end));
            hasOrganisationWord |= ProperNounRules.IsOrganisationWord(Text(end - 1));
            k = end;
            if (k >= tokens.Count || tokens[k].Has(NameTokenFlags.BreakBefore))
            {
                break;
            }

            if (IsCapitalisedWord(k))
            {
                if (AcceptedMatch(k, out _) > 0)
                {
                    break;
                }

                continue;
            }

            var next = SkipConnectors(k, hasOrganisationWord);
            if (next == k || next >= tokens.Count || tokens[next].Has(NameTokenFlags.BreakBefore) || !IsCapitalisedWord(next))
            {
                break;
            }

            if (AcceptedMatch(next, out _) > 0)
            {
                // "Security Service of Ukraine" is one organisation, but Ukraine is still mentioned:
                // scanning resumes at the connector so the dictionary sees it.
                if (!hasOrganisationWord)
                {
                    break;
                }

                resumeAt = resumeAt < 0 ? k : resumeAt;
            }

            k = next;
        }

        found = Classify(hasOrganisationWord);
        return resumeAt >= 0 ? resumeAt : _words[^1].End;
    }

    private Found Classify(bool hasOrganisationWord)
    {
        var nothing = new Found(FoundKind.Nothing, "", "", null);
        // A sentence-opening verb is not part of a name ("Joining Ian Bremmer to ...").
        var first = tokens[_words[0].Start].Has(NameTokenFlags.SentenceStart) && LooksLikeVerb(Text(_words[0].Start)) ? 1 : 0;
        if (hasOrganisationWord)
        {
            return _words.Count - first >= 2 && CountAllCaps(first) < 2 ? Span(FoundKind.Organisation, first) : nothing;
        }

        // "President-elect Donald Trump", "New York State Judge Juan Merchan": the name follows the last title.
        for (var w = first; w < _words.Count; w++)
        {
            first = ProperNounRules.IsTitle(Text(_words[w].Start)) ? w + 1 : first;
        }

        var nameWords = 0;
        for (var w = first; w < _words.Count; w++)
        {
            if (ProperNounRules.IsNonNameWord(Text(_words[w].Start)) || ProperNounRules.IsNonNameWord(Text(_words[w].End - 1)))
            {
                return nothing;
            }

            nameWords += IsInitial(_words[w].Start) ? 0 : 1;
        }

        if (nameWords == 0 || CountAllCaps(first) >= 2)
        {
            // "LOS ANGELES, CA" and "FILE PHOTO" are datelines and labels, not names.
            return nothing;
        }

        if (nameWords == 1)
        {
            var word = Text(_words[^1].End - 1).ToString();
            return new Found(FoundKind.BareWord, word, word, null);
        }

        return nameWords <= 3 || nameWords == 4 && first > 0 ? Span(FoundKind.Person, first) : nothing;
    }

    private Found Span(FoundKind kind, int firstWord)
    {
        var start = tokens[_words[firstWord].Start].Start;
        var name = text[start..tokens[_words[^1].End - 1].End];
        var idName = name;
        if (kind == FoundKind.Person)
        {
            // Middle initials come and go ("Juan M. Merchan", "Juan Merchan"): the id leaves them out.
            var parts = new List<string>();
            for (var t = _words[firstWord].Start; t < _words[^1].End; t++)
            {
                if (!IsInitial(t))
                {
                    parts.Add(Text(t).ToString());
                }
            }

            idName = string.Join(' ', parts);
        }

        var surname = kind == FoundKind.Person ? Text(_words[^1].End - 1).ToString() : null;
        return new Found(kind, name, idName, surname);
    }

    // "of"/"of the"/"for" inside organisation names; "de", "von der" inside personal names.
    private int SkipConnectors(int k, bool inOrganisation)
    {
        if (inOrganisation && ProperNounRules.IsOrganisationConnector(Text(k)))
        {
            k++;
            return k < tokens.Count && Text(k) is "the" && !tokens[k].Has(NameTokenFlags.BreakBefore) ? k + 1 : k;
        }

        while (k < tokens.Count && !tokens[k].Has(NameTokenFlags.Upper) && ProperNounRules.IsParticle(Text(k))
            && !tokens[k].Has(NameTokenFlags.BreakBefore))
        {
            k++;
        }

        return k;
    }

    private bool IsCapitalisedWord(int index)
    {
        var token = tokens[index];
        if (token.Has(NameTokenFlags.Upper))
        {
            return !ProperNounRules.IsStopWord(token.Text(text));
        }

        // "al-Assad", "bin-Laden": a lower-case particle hyphenated to a capitalised name.
        return index + 1 < tokens.Count && tokens[index + 1].Has(NameTokenFlags.Joined)
            && tokens[index + 1].Has(NameTokenFlags.Upper) && ProperNounRules.IsParticle(token.Text(text));
    }

    // The context check for "Jordan", "Chad": no capitalised non-stop word right before or after.
    private bool StandsAlone(int index, int length)
    {
        var before = index > 0 && !tokens[index].Has(NameTokenFlags.BreakBefore) && IsCapitalisedWord(index - 1);
        var after = index + length < tokens.Count && !tokens[index + length].Has(NameTokenFlags.BreakBefore)
            && IsCapitalisedWord(index + length);
        return !before && !after;
    }

    private int WordEnd(int index)
    {
        var end = index + 1;
        while (end < tokens.Count && tokens[end].Has(NameTokenFlags.Joined))
        {
            end++;
        }

        return end;
    }

    private int CountAllCaps(int firstWord)
    {
        var count = 0;
        for (var w = firstWord; w < _words.Count; w++)
        {
            count += tokens[_words[w].Start].Has(NameTokenFlags.AllCaps) ? 1 : 0;
        }

        return count;
    }

    // Only "-ing": "-ed" and "-ly" would also strip Alfred, Jared, Emily and Kelly.
    private static bool LooksLikeVerb(ReadOnlySpan<char> word) => word.Length > 5 && word.EndsWith("ing");

    private bool IsInitial(int index) => tokens[index].Length <= 2 && tokens[index].Text(text) is [var c] && char.IsUpper(c);

    private ReadOnlySpan<char> Text(int index) => tokens[index].Text(text);
}
