namespace Search.Core.Related;

/// <summary>
/// Words that never make two stories "the same story", on top of the analyzer's short stop list:
/// function words, calendar words and newsroom boilerplate from captions and credits ("photo", "file").
/// Compared against the analyzed (stemmed, lower-case) term and the word as written.
/// </summary>
internal static class RelatedStopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "around", "as", "at",
        "back", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "ever", "every", "few", "first", "for", "from", "further", "get", "got",
        "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i",
        "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less", "like", "made", "make", "many", "may",
        "me", "might", "more", "most", "much", "must", "my", "myself", "never", "new", "no", "nor", "not", "now", "of", "off",
        "often", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per",
        "put", "rather", "really", "said", "same", "say", "says", "see", "seen", "she", "should", "since", "so", "some", "still",
        "such", "take", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "though", "through", "thus", "to", "too", "two", "under", "until", "up", "upon", "us", "very", "via", "was", "way",
        "we", "well", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
        "within", "without", "would", "yet", "you", "your", "yours", "yourself", "year", "years", "week", "weeks", "day", "days",
        "time", "times", "today", "yesterday", "tomorrow", "ago", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "photo", "photos", "file", "picture", "pictures", "image", "images", "handout", "pool", "reuters", "ap", "afp", "getty",
        "mr", "mrs", "ms", "dr", "told", "according", "including", "people", "going", "come", "came", "become", "became", "continue",
    };

    public static bool Contains(string term, string surface) => Words.Contains(term) || Words.Contains(surface);
}
