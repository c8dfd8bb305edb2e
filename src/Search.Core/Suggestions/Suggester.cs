using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Core.Suggestions;

/// <summary>
/// Prefix suggestions as a reader types: what other readers often searched for and found (when search analytics feeds
/// <paramref name="popular"/>), entity names and words from the vocabulary field (most frequent first), then headlines
/// containing a word with that prefix (newest first). The vocabulary scan is capped, so a one-letter prefix costs no
/// more than a longer one.
/// </summary>
public sealed class Suggester(IndexStore store, IPopularQueries? popular = null)
{
    public const int MaxCount = 20;
    private const int MaxScannedTerms = 20_000;
    private const int MaxScannedEntities = 2_000;
    private readonly WordAnalyzer _words = new();

    public IReadOnlyList<Suggestion> Suggest(string? input, int count)
    {
        count = Math.Clamp(count, 1, MaxCount);
        var words = AnalyzerFactory.Terms(_words, ArticleFields.Words, UserQueryParser.Parse(input) is { Count: > 0 } parts ? string.Join(' ', parts.Select(p => p.Text)) : "");
        if (words.Count == 0)
        {
            return [];
        }

        var prefix = words[^1];
        var lead = words.Count > 1 ? string.Join(' ', words.Take(words.Count - 1)) + " " : "";
        using var lease = store.Acquire();
        var reader = lease.Searcher.IndexReader;
        var results = new List<Suggestion>(count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entities = Entities(reader, string.Join(' ', words)).Take(Math.Max(1, count / 4)).ToList();
        // A popular query that is an entity's name shows once, as the entity (its proper spelling).
        foreach (var query in popular?.StartingWith(input!, Math.Max(1, count / 4)) ?? [])
        {
            if (!entities.Contains(query, StringComparer.OrdinalIgnoreCase))
            {
                Add(results, seen, query, "query");
            }
        }

        var queries = results.Count;
        foreach (var entity in entities)
        {
            Add(results, seen, entity, "entity");
        }

        // Popular queries take their room from the words', so headlines still show.
        foreach (var word in Words(reader, prefix).Take(Math.Max(1, (count / 2) - queries)))
        {
            Add(results, seen, lead + word, "term");
        }

        foreach (var title in Titles(lease.Searcher, words, count))
        {
            if (results.Count >= count)
            {
                break;
            }

            Add(results, seen, title, "title");
        }

        return results.Take(count).ToArray();
    }

    private static void Add(List<Suggestion> results, HashSet<string> seen, string text, string kind)
    {
        if (seen.Add(text))
        {
            results.Add(new Suggestion(text, kind));
        }
    }

    /// <summary>Vocabulary words with the prefix, most documents first.</summary>
    private static IEnumerable<string> Words(IndexReader reader, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, ArticleFields.Words);
        if (terms is null || prefix.Length == 0)
        {
            return [];
        }

        var found = new List<(string Word, int Freq)>();
        var iterator = terms.GetEnumerator();
        var prefixBytes = new BytesRef(prefix);
        if (iterator.SeekCeil(prefixBytes) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        var scanned = 0;
        do
        {
            var term = iterator.Term;
            if (!StringHelper.StartsWith(term, prefixBytes) || ++scanned > MaxScannedTerms)
            {
                break;
            }

            found.Add((term.Utf8ToString(), iterator.DocFreq));
        }
        while (iterator.MoveNext());

        return found.Where(f => f.Word.Length > prefix.Length || f.Freq > 0)
            .OrderByDescending(f => f.Freq).ThenBy(f => f.Word, StringComparer.Ordinal).Select(f => f.Word);
    }

    /// <summary>Entity display names with a word starting with the typed text ("putin" finds "Vladimir Putin"), most articles first.</summary>
    private static IEnumerable<string> Entities(IndexReader reader, string typed)
    {
        var terms = MultiFields.GetTerms(reader, ArticleFields.EntitySuggest);
        var key = EntityFacetValue.Fold(typed);
        if (terms is null || key.Length < 2)
        {
            return [];
        }

        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var iterator = terms.GetEnumerator();
        var prefix = new BytesRef(key);
        if (iterator.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        var scanned = 0;
        do
        {
            if (!StringHelper.StartsWith(iterator.Term, prefix) || ++scanned > MaxScannedEntities)
            {
                break;
            }

            var value = iterator.Term.Utf8ToString();
            var (_, name) = EntityFacetValue.Parse(value[(value.IndexOf(EntityFacetValue.Separator) + 1)..]);
            found[name] = found.GetValueOrDefault(name) + iterator.DocFreq;
        }
        while (iterator.MoveNext());

        return found.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key);
    }

    /// <summary>Headlines with the earlier words and a word starting with the last one, newest first.</summary>
    private static IEnumerable<string> Titles(IndexSearcher searcher, List<string> words, int count)
    {
        var query = new BooleanQuery();
        foreach (var word in words.Take(words.Count - 1))
        {
            query.Add(new TermQuery(new Term(ArticleFields.Words, word)), Occur.MUST);
        }

        query.Add(new PrefixQuery(new Term(ArticleFields.Title, words[^1])), Occur.MUST);
        var sort = new Sort(DateOrder.NewestFirst());
        var top = searcher.Search(query, null, count, sort);
        return top.ScoreDocs.Select(d => ArticleDocumentBuilder.ReadStored(searcher.Doc(d.Doc)).Article.Title);
    }
}
