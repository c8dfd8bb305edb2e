using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Lucene.Execution;

namespace Search.Core.Searching;

/// <summary>
/// "Did you mean": for each typed word that the index does not know (or, in a large archive, barely
/// knows), the closest word (Damerau-Levenshtein, up to 2 edits, first letter kept) that is much more
/// frequent. Works on the unstemmed vocabulary field so the correction is a word a reader would type.
/// A word the archive uses is never "corrected" to a more frequent neighbour ("spying" is not "saying",
/// "Mali" is not "male"): as Elasticsearch's term suggester by default and Lucene's DirectSpellChecker,
/// only missing words are open to correction, with a small allowance for typos repeated in a big archive.
/// </summary>
internal sealed class SpellingCorrector
{
    private const int MinWordLength = 3;

    /// <summary>A correction must be this many times more frequent than the word as typed.</summary>
    private const int FrequencyRatio = 10;

    /// <summary>
    /// Articles per article that may hold a typed word and still leave it open to correction: none below
    /// 100,000 articles, 10 at a million (a misspelling that writers repeat, "goverment").
    /// </summary>
    private const int RareShare = 100_000;

    /// <summary>Words whose verdict one index view keeps (a typed word and its correction, or itself); later words are worked out each time.</summary>
    internal const int MaxRememberedWords = 20_000;

    // Per index view (its reader): a typo seen once is typed again, and its fuzzy search over the term dictionary is the
    // dearest part of a query that has one. A new view (any write) starts afresh, so a word that became common is no
    // longer corrected.
    private readonly ReaderMemo<string, string> _verdicts = new(MaxRememberedWords);

    private readonly WordAnalyzer _words = new();
    private readonly NewsAnalyzer _stems = new();

    /// <summary>The corrected query text, or null when every word looks fine.</summary>
    public string? Correct(IndexReader reader, IReadOnlyList<QueryPart> parts)
    {
        var terms = MultiFields.GetTerms(reader, ArticleFields.Words);
        if (terms is null)
        {
            return null;
        }

        var changed = false;
        var rebuilt = new List<string>(parts.Count);
        foreach (var part in parts)
        {
            var text = part.Text;
            if (!part.IsPrefix && part.Mode != QueryPartMode.MustNot)
            {
                var words = AnalyzerFactory.Terms(_words, ArticleFields.Words, text);
                var fixedWords = words.Select(w => _verdicts.GetOrAdd(reader, w, () => IsKnown(reader, w) ? w : Best(reader, terms, w) ?? w)).ToList();
                if (!fixedWords.SequenceEqual(words))
                {
                    changed = true;
                    text = string.Join(' ', fixedWords);
                }
            }

            rebuilt.Add(Render(part, text));
        }

        return changed ? string.Join(' ', rebuilt) : null;
    }

    /// <summary>
    /// Whether the search already knows the word: as typed, in the vocabulary field, or by its stem in the
    /// whole text (the vocabulary holds only each story's opening; "blaming" finds every "blamed" story).
    /// </summary>
    private bool IsKnown(IndexReader reader, string word)
    {
        if (word.Length < MinWordLength || word.Any(char.IsDigit))
        {
            return true;
        }

        var rareLimit = reader.NumDocs / RareShare;
        if (reader.DocFreq(new Term(ArticleFields.Words, word)) > rareLimit)
        {
            return true;
        }

        var stems = AnalyzerFactory.Terms(_stems, ArticleFields.Text, word);
        // A stop word is a word; a stem the text holds in more than a rare few articles is one too.
        return stems.Count == 0 || stems.Any(stem => reader.DocFreq(new Term(ArticleFields.Text, stem)) > rareLimit);
    }

    private static string? Best(IndexReader reader, Terms terms, string word)
    {
        var typed = new Term(ArticleFields.Words, word);
        var typedFreq = reader.DocFreq(typed);
        var maxEdits = word.Length <= 5 ? 1 : 2;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), typed, maxEdits, prefixLength: 1, transpositions: true);
        string? best = null;
        var bestFreq = 0;
        var bestBoost = 0f;
        var boostAttribute = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term;
            var freq = fuzzy.DocFreq;
            var boost = boostAttribute.Boost;
            // Closer first (higher boost = fewer edits), then more frequent.
            if (freq >= Math.Max(1, typedFreq * FrequencyRatio) && (boost > bestBoost || (boost == bestBoost && freq > bestFreq)))
            {
                var text = candidate.Utf8ToString();
                if (text != word)
                {
                    best = text;
                    bestFreq = freq;
                    bestBoost = boost;
                }
            }
        }

        return best;
    }

    private static string Render(QueryPart part, string text)
    {
        var body = part.IsPhrase ? $"\"{text}\"" : part.IsPrefix ? text + "*" : text;
        return part.Mode switch
        {
            QueryPartMode.MustNot => "-" + body,
            QueryPartMode.Must when !part.IsPhrase => "+" + body,
            _ => body,
        };
    }
}
