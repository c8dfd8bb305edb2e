namespace Search.Core.Entities;

/// <summary>How an article writes a word elsewhere: in lower case (a common word) or capitalised mid-sentence (a name).</summary>
internal static class ArticleWords
{
    /// <summary>Whether <paramref name="lowerWord"/>, already in lower case, stands as a whole word in one of the texts.</summary>
    public static bool InLowerCase(IReadOnlyList<string> texts, ReadOnlySpan<char> lowerWord)
    {
        foreach (var text in texts)
        {
            if (Find(text, lowerWord, mustFollowAWord: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the texts write <paramref name="word"/> in lower case in a simple inflection ("Checks": "checked").</summary>
    public static bool AnyFormInLowerCase(IReadOnlyList<string> texts, string word)
    {
        var lower = word.ToLowerInvariant();
        var stem = lower.EndsWith("es", StringComparison.Ordinal) ? lower[..^2] : lower.EndsWith('s') ? lower[..^1] : lower;
        if (stem.Length <= 2)
        {
            return false;
        }

        foreach (var text in texts)
        {
            var offset = 0;
            for (var at = text.AsSpan().IndexOf(stem, StringComparison.Ordinal); at >= 0; at = text.AsSpan(offset).IndexOf(stem, StringComparison.Ordinal))
            {
                var start = offset + at;
                if ((start == 0 || !char.IsLetter(text[start - 1])) && IsInflection(text, start + stem.Length))
                {
                    return true;
                }

                offset = start + 1;
            }
        }

        return false;
    }

    /// <summary>Whether a text other than <paramref name="except"/> writes <paramref name="word"/> capitalised after another word.</summary>
    public static bool CapitalisedMidSentence(IReadOnlyList<string> texts, string word, string except)
    {
        foreach (var text in texts)
        {
            if (!ReferenceEquals(text, except) && Find(text, word, mustFollowAWord: true))
            {
                return true;
            }
        }

        return false;
    }

    // Nothing, "s", "es", "ed" or "ing" after the stem, then the end of the word.
    private static bool IsInflection(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(at, end - at) is "" or "s" or "es" or "ed" or "ing";
    }

    private static bool Find(string text, ReadOnlySpan<char> word, bool mustFollowAWord)
    {
        var offset = 0;
        for (var at = text.AsSpan().IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.AsSpan(offset).IndexOf(word, StringComparison.Ordinal))
        {
            var start = offset + at;
            var end = start + word.Length;
            if ((start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end]))
                && (!mustFollowAWord || FollowsAWord(text, start)))
            {
                return true;
            }

            offset = start + 1;
        }

        return false;
    }

    // Mid-sentence: the last character before it (spaces skipped) is part of a word or a comma.
    private static bool FollowsAWord(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        return k >= 0 && k < start - 1 && (char.IsLetterOrDigit(text[k]) || text[k] == ',');
    }
}
