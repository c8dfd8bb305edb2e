namespace Search.Core.Entities;

/// <summary>
/// Reads names out of one tokenized text: dictionary matches (with the context check for names like
/// "Jordan"), and runs of capitalised words the dictionary does not know, typed from the evidence in
/// them (<see cref="NameClassifier"/>): a person after a title, an organisation with an organisation
/// word, a place with a place word, or a bare word kept for surname resolution.
/// </summary>
internal sealed class NameRun(string text, List<NameToken> tokens, EntityDictionary dictionary)
{
    public enum FoundKind { Nothing, BareWord, Person, Organisation, Place, PluralAfterThe }

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

    /// <summary>
    /// Whether a name that ends before <paramref name="end"/> runs on into capitalised words that could make
    /// it a longer organisation or place: one of them is an organisation or place word.
    /// </summary>
    public bool RunsOn(int end)
    {
        if (end >= tokens.Count || tokens[end].Has(NameTokenFlags.BreakBefore) || !StartsName(end))
        {
            return false;
        }

        for (var k = end; k < tokens.Count && (k == end || !tokens[k].Has(NameTokenFlags.BreakBefore)) && IsCapitalisedWord(k); k++)
        {
            var word = Text(k);
            if (ProperNounRules.IsOrganisationWord(word) || ProperNounRules.IsPlaceWord(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the tokens from <paramref name="start"/> to <paramref name="end"/> are all legal forms ("Corp", "Co Ltd").</summary>
    public bool AreLegalForms(int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (!ProperNounRules.IsLegalForm(Text(t)))
            {
                return false;
            }
        }

        return end > start;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="start"/> to <paramref name="end"/>, after a country, make its
    /// organisation: one word, not a generic one ("Malaysia Airlines", not "French TV"). A longer rest is a
    /// name of its own ("U.S. Supreme Court" is the Supreme Court, as other stories call it).
    /// </summary>
    public bool NamesCountrysOrganisation(int start, int end) =>
        WordEnd(start) == end && !ProperNounRules.IsGenericOrganisationWord(Text(start));

    /// <summary>Whether the token at <paramref name="index"/> follows a word that places it ("in", "at", "downtown").</summary>
    public bool IsLocative(int index) =>
        index > 0 && !tokens[index].Has(NameTokenFlags.BreakBefore) && ProperNounRules.IsLocative(Text(index - 1));

    /// <summary>
    /// Reads the run starting at <paramref name="index"/>; returns where scanning goes on, which is inside
    /// the run, before <paramref name="end"/>, when a dictionary name sits in it ("Security Service of Ukraine").
    /// </summary>
    public int Read(int index, out Found found, out int end)
    {
        end = ReadWords(index, out var hasOrganisationWord, out var resumeAt);
        found = new NameClassifier(text, tokens, _words).Classify(hasOrganisationWord, FollowsThe(index));
        return resumeAt >= 0 ? resumeAt : end;
    }

    /// <summary>Whether the run last read ends in an organisation or place word ("Supreme Court", "Arrowhead Stadium").</summary>
    public bool EndsInTypeWord()
    {
        var last = Text(_words[^1].End - 1);
        return ProperNounRules.IsOrganisationWord(last) || ProperNounRules.IsPlaceWord(last);
    }

    /// <summary>Reads the run starting at <paramref name="index"/> without typing it; its word spans go to <paramref name="words"/>.</summary>
    public int ReadSpans(int index, List<(int Start, int End)> words)
    {
        var end = ReadWords(index, out _, out var resumeAt);
        foreach (var (start, wordEnd) in _words)
        {
            words.Add((tokens[start].Start, tokens[wordEnd - 1].End));
        }

        return resumeAt >= 0 ? resumeAt : end;
    }

    private int ReadWords(int index, out bool hasOrganisationWord, out int resumeAt)
    {
        _words.Clear();
        hasOrganisationWord = false;
        resumeAt = -1;
        var k = index;
        while (true)
        {
            var end = WordEnd(k);
            _words.Add((k, end));
            for (var t = k; t < end; t++)
            {
                hasOrganisationWord |= ProperNounRules.IsOrganisationWord(Text(t));
            }

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

        return _words[^1].End;
    }

    // "of"/"of the"/"for" inside organisation names; "and" before an organisation word ("Securities and
    // Exchange Commission"); "de", "von der" inside personal names.
    private int SkipConnectors(int k, bool inOrganisation)
    {
        if (inOrganisation && ProperNounRules.IsOrganisationConnector(Text(k)))
        {
            k++;
            return k < tokens.Count && Text(k) is "the" && !tokens[k].Has(NameTokenFlags.BreakBefore) ? k + 1 : k;
        }

        // Only after a single word: "Hard Rock and Deluxe Films" are two names.
        if (ProperNounRules.IsOrganisationConjunction(Text(k)))
        {
            return _words.Count == 1 && OrganisationWordAhead(k + 1) ? k + 1 : k;
        }

        while (k < tokens.Count && !tokens[k].Has(NameTokenFlags.Upper) && ProperNounRules.IsParticle(Text(k))
            && !tokens[k].Has(NameTokenFlags.BreakBefore))
        {
            k++;
        }

        return k;
    }

    private bool OrganisationWordAhead(int k)
    {
        for (; k < tokens.Count && !tokens[k].Has(NameTokenFlags.BreakBefore) && IsCapitalisedWord(k); k++)
        {
            if (AcceptedMatch(k, out _) > 0)
            {
                return false;
            }

            if (ProperNounRules.IsOrganisationWord(Text(k)))
            {
                return true;
            }
        }

        return false;
    }

    // "the Saints", "the Democrats": a lone plural after "the" names a team, party or band.
    private bool FollowsThe(int index) =>
        index > 0 && !tokens[index].Has(NameTokenFlags.BreakBefore) && Text(index - 1) is "the" or "The";

    private bool IsCapitalisedWord(int index)
    {
        var token = tokens[index];
        if (token.Has(NameTokenFlags.Upper))
        {
            // "A." before "J. Smith" is an initial, not the article.
            return !ProperNounRules.IsStopWord(token.Text(text)) || token.Length == 1 && token.End < text.Length && text[token.End] == '.';
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

    private ReadOnlySpan<char> Text(int index) => tokens[index].Text(text);
}
