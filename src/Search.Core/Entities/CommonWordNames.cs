namespace Search.Core.Entities;

/// <summary>
/// "Camera Failure", "Battery Saver": an unknown person whose first words the article also writes in
/// lower case is made of common words, not a person's names. The surname is not checked ("Andrew Luck",
/// "Reggie Bush"), nor given names that are words too ("Frank", "Grace").
/// </summary>
internal static class CommonWordNames
{
    public static void Drop(TallyBook book, IReadOnlyList<string> texts)
    {
        Span<char> lower = stackalloc char[64];
        foreach (var person in book.Where(t => t.Kind == EntityKind.Person && t.Known is null))
        {
            var name = person.Name.AsSpan();
            for (var space = name.IndexOf(' '); space > 0; name = name[(space + 1)..], space = name.IndexOf(' '))
            {
                var word = name[..space];
                if (word.Length > 2 && word.Length <= lower.Length && !ProperNounRules.IsWordlikeGivenName(word)
                    && ArticleWords.InLowerCase(texts, lower[..word.ToLowerInvariant(lower)]))
                {
                    book.Remove(person);
                    break;
                }
            }
        }
    }
}
