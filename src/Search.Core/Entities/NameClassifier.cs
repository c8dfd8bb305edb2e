namespace Search.Core.Entities;

/// <summary>
/// Types one run of capitalised words from the evidence in its words, in this order: a title makes the
/// words after it a person ("Superior Court Judge James Bodiford"); digits make a product or a flight
/// ("Galaxy S5"), which is nothing; an organisation word makes an organisation ("Computer Memories Inc");
/// a place word at the end or start makes a place ("Newport Beach", "Fort Smith"); a non-name word makes
/// nothing ("Super Bowl");
/// what is left and short is a person, or a bare word kept for surname resolution.
/// </summary>
internal readonly struct NameClassifier(string text, List<NameToken> tokens, List<(int Start, int End)> words)
{
    private const WordClass NotInPersonalNames = WordClass.NonName | WordClass.Organisation;
    private const WordClass NotEndingPersonalNames = WordClass.Place | WordClass.LastNonName;

    private static readonly NameRun.Found Nothing = new(NameRun.FoundKind.Nothing, "", "", null);

    public NameRun.Found Classify(bool hasOrganisationWord, bool followsThe)
    {
        // A sentence-opening verb is not part of a name ("Joining Ian Bremmer to ...").
        var first = tokens[words[0].Start].Has(NameTokenFlags.SentenceStart) && LooksLikeVerb(Text(words[0].Start)) ? 1 : 0;
        var last = words.Count - 1;
        if (last > first && ProperNounRules.IsSuffix(Text(words[last].Start)))
        {
            last--;
        }

        if (first > last)
        {
            return Nothing;
        }

        var lastTitle = -1;
        for (var w = first; w <= last; w++)
        {
            lastTitle = ProperNounRules.IsTitle(Text(words[w].Start)) ? w : lastTitle;
        }

        if (lastTitle == last)
        {
            // "John Major", "Stephen King": a surname that is also a title, after a name; "Best Actress" names nobody.
            return lastTitle > first && ProperNounRules.IsSurnameTitle(Text(words[last].Start)) && !IsTitle(last - 1)
                ? Person(first, last, afterTitle: false) ?? Nothing
                : Nothing;
        }

        // "President-elect Donald Trump", "New York State Judge Juan Merchan": the name follows the last title.
        if (lastTitle >= first && Person(lastTitle + 1, last, afterTitle: true) is { } titled)
        {
            return titled;
        }

        return Untitled(first, last, hasOrganisationWord, followsThe);
    }

    private NameRun.Found Untitled(int first, int last, bool hasOrganisationWord, bool followsThe)
    {
        if (HasDigit(first, last))
        {
            return Nothing;
        }

        if (hasOrganisationWord)
        {
            return last > first && CountAllCaps(first, last) < 2 ? Span(NameRun.FoundKind.Organisation, first, last) : Nothing;
        }

        if (last > first && (ProperNounRules.IsPlaceWord(Text(words[last].End - 1)) || ProperNounRules.IsLeadingPlaceWord(Text(words[first].Start))))
        {
            return CountAllCaps(first, last) < 2 ? Span(NameRun.FoundKind.Place, first, last) : Nothing;
        }

        if (followsThe && first == last && IsPlural(words[last].Start) && words[last].End - words[last].Start == 1)
        {
            var plural = Text(words[last].Start).ToString();
            return new NameRun.Found(NameRun.FoundKind.PluralAfterThe, plural, plural, null);
        }

        return Person(first, last, afterTitle: false) ?? Nothing;
    }

    // The words first..last as a personal name, or null when they cannot be one.
    private NameRun.Found? Person(int first, int last, bool afterTitle)
    {
        var nameWords = 0;
        for (var w = first; w <= last; w++)
        {
            var wordEnd = words[w].End - 1;
            var classes = ProperNounRules.Classes(Text(wordEnd));
            if (wordEnd != words[w].Start)
            {
                classes |= ProperNounRules.Classes(Text(words[w].Start)) & WordClass.NonName;
            }

            if ((classes & NotInPersonalNames) != 0 || w == last && (classes & NotEndingPersonalNames) != 0)
            {
                return null;
            }

            nameWords += IsInitial(words[w].Start) ? 0 : 1;
        }

        if (nameWords == 0 || CountAllCaps(first, last) >= 2 || HasDigit(first, last))
        {
            // "LOS ANGELES, CA" and "FILE PHOTO" are datelines and labels, not names.
            return null;
        }

        if (IsInitial(words[last].Start))
        {
            // "Barack H." before a known "Obama": the name goes on past this run.
            return null;
        }

        if (nameWords == 1 && first == last)
        {
            var word = Text(words[last].End - 1).ToString();
            return new NameRun.Found(NameRun.FoundKind.BareWord, word, word, null);
        }

        return nameWords <= 3 || nameWords == 4 && afterTitle ? Span(NameRun.FoundKind.Person, first, last) : null;
    }

    private NameRun.Found Span(NameRun.FoundKind kind, int firstWord, int lastWord)
    {
        var start = tokens[words[firstWord].Start].Start;
        var name = SingleLine(text[start..tokens[words[lastWord].End - 1].End]);
        var idName = name;
        string? surname = null;
        if (kind == NameRun.FoundKind.Person)
        {
            // Middle initials come and go ("Juan M. Merchan", "Juan Merchan"): the id leaves them out
            // unless they are all there is besides the surname ("A. J. Smith").
            var parts = new List<string>();
            for (var t = words[firstWord].Start; t < words[lastWord].End; t++)
            {
                if (!IsInitial(t))
                {
                    parts.Add(Text(t).ToString());
                }
            }

            idName = parts.Count > 1 ? string.Join(' ', parts) : name;
            surname = Text(words[lastWord].End - 1).ToString();
        }

        return new NameRun.Found(kind, name, idName, surname);
    }

    private bool IsPlural(int token) =>
        Text(token) is { Length: > 3 } word && word[^1] == 's' && !tokens[token].Has(NameTokenFlags.AllCaps) && !ProperNounRules.IsNonNameWord(word);

    // A name wrapped across lines in wire copy is shown on one.
    private static string SingleLine(string name) =>
        name.Contains('\n') ? string.Join(' ', name.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)) : name;

    private bool IsTitle(int word) => ProperNounRules.IsTitle(Text(words[word].Start));

    private bool HasDigit(int first, int last)
    {
        for (var t = words[first].Start; t < words[last].End; t++)
        {
            foreach (var c in Text(t))
            {
                if (char.IsAsciiDigit(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private int CountAllCaps(int first, int last)
    {
        var count = 0;
        for (var w = first; w <= last; w++)
        {
            count += tokens[words[w].Start].Has(NameTokenFlags.AllCaps) ? 1 : 0;
        }

        return count;
    }

    // Only "-ing": "-ed" and "-ly" would also strip Alfred, Jared, Emily and Kelly.
    private static bool LooksLikeVerb(ReadOnlySpan<char> word) => word.Length > 5 && word.EndsWith("ing");

    private bool IsInitial(int index) => tokens[index].Length <= 2 && tokens[index].Text(text) is [var c] && char.IsUpper(c);

    private ReadOnlySpan<char> Text(int index) => tokens[index].Text(text);
}
