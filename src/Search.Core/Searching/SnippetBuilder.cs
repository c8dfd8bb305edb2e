using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Core.Searching;

/// <summary>
/// Builds the result snippet: the passages of lede, body and captions where the query's words are
/// densest, those words in <c>&lt;mark&gt;</c>, everything else HTML-escaped; with no match, the lede.
/// One analysis pass over the text with offsets: Lucene's Highlighter re-scores every fragment through
/// the query (and builds an in-memory index for phrases), which cost more than the search itself.
/// </summary>
internal sealed class SnippetBuilder
{
    private const int FragmentChars = 160;
    private const int MaxFragments = 2;
    // The best passage is nearly always in the opening; analysing whole bodies for ten hits cost more than the search.
    private const int MaxBodyChars = 3_000;
    private static readonly MinimalHtmlEncoder Encoder = new();

    // The index's English analysis, with only the words that can match a query term stemmed (SnippetCandidateFilter).
    private static readonly Analyzer Candidates = new NewsAnalyzer(stream => new SnippetCandidateFilter(stream));

    public string Build(Article article, IReadOnlyCollection<string> terms, IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        var body = article.Body.Length > MaxBodyChars ? article.Body[..MaxBodyChars] : article.Body;
        var text = string.Join("\n\n", new[] { ArticleDocumentBuilder.SeparateSummary(article), body, ArticleDocumentBuilder.CaptionText(article) }
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Distinct(StringComparer.Ordinal));
        var wanted = terms.Concat(phrases.SelectMany(p => p)).ToHashSet(StringComparer.Ordinal);
        var matches = wanted.Count > 0 ? Matches(text, wanted) : [];
        return matches.Count > 0 ? Render(text, matches) : Encoder.EncodeText(Lede(text));
    }

    /// <summary>
    /// Character spans of the tokens whose analyzed form is one of the query's terms. Analysis stops one
    /// fragment past the point where the text read so far holds <see cref="MaxFragments"/> separate passages
    /// that each show every query term: no later passage can show more of the query, and the opening is where
    /// a reader looks first; the fragment after it is read so every occurrence inside a shown passage is marked.
    /// </summary>
    private List<(int Start, int End, string Term)> Matches(string text, HashSet<string> wanted)
    {
        var matches = new List<(int Start, int End, string Term)>();
        var complete = 0;
        var lastCompleteEnd = -1;
        var stopAt = int.MaxValue;
        using var candidates = SnippetCandidateFilter.Use(wanted);
        using var stream = Candidates.GetTokenStream(ArticleFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (offset.StartOffset > stopAt)
            {
                break;
            }

            var value = term.ToString();
            if (!wanted.Contains(value))
            {
                continue;
            }

            matches.Add((offset.StartOffset, offset.EndOffset, value));
            if (complete < MaxFragments && PassageStart(matches, wanted.Count) is { } start && start > lastCompleteEnd)
            {
                lastCompleteEnd = offset.EndOffset;
                if (++complete >= MaxFragments)
                {
                    // A window opened at or before this match ends within a fragment of it.
                    stopAt = offset.StartOffset + FragmentChars;
                }
            }
        }

        stream.End();
        return matches;
    }

    /// <summary>
    /// Where a passage ending at the latest match starts if it holds all <paramref name="distinct"/> query
    /// terms within one fragment's reach (three quarters of it, as <see cref="Render"/> opens a window a
    /// quarter before its first match); otherwise null.
    /// </summary>
    private static int? PassageStart(List<(int Start, int End, string Term)> matches, int distinct)
    {
        var end = matches[^1].End;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = matches.Count - 1; i >= 0 && end - matches[i].Start <= FragmentChars * 3 / 4; i--)
        {
            seen.Add(matches[i].Term);
            if (seen.Count == distinct)
            {
                return matches[i].Start;
            }
        }

        return null;
    }

    /// <summary>Up to two windows with the most distinct query terms (then most matches), in text order.</summary>
    private static string Render(string text, List<(int Start, int End, string Term)> matches)
    {
        var windows = new List<(int Start, int End, int Distinct, int Count)>();
        for (var i = 0; i < matches.Count; i++)
        {
            var start = Math.Max(0, matches[i].Start - FragmentChars / 4);
            var end = Math.Min(text.Length, start + FragmentChars);
            var inside = matches.Skip(i).TakeWhile(m => m.End <= end).ToList();
            windows.Add((start, end, inside.Select(m => m.Term).Distinct().Count(), inside.Count));
        }

        var picked = new List<(int Start, int End, int Distinct, int Count)>();
        foreach (var window in windows.OrderByDescending(w => w.Distinct).ThenByDescending(w => w.Count).ThenBy(w => w.Start))
        {
            if (picked.Count < MaxFragments && picked.All(p => window.End <= p.Start || window.Start >= p.End))
            {
                picked.Add(window);
            }
        }

        var snippet = new StringBuilder();
        foreach (var (start, end, _, _) in picked.OrderBy(p => p.Start))
        {
            var (from, to) = (WordStart(text, start), WordEnd(text, end));
            snippet.Append(snippet.Length > 0 ? " … " : from > 0 ? "… " : "");
            var at = from;
            foreach (var match in matches.Where(m => m.Start >= from && m.End <= to))
            {
                snippet.Append(Encoder.EncodeText(text[at..match.Start])).Append("<mark>").Append(Encoder.EncodeText(text[match.Start..match.End])).Append("</mark>");
                at = match.End;
            }

            snippet.Append(Encoder.EncodeText(text[at..to]));
        }

        return snippet.Append(picked.Max(p => p.End) < text.Length ? " …" : "").ToString().Trim();
    }

    private static int WordStart(string text, int at)
    {
        while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    private static int WordEnd(string text, int at)
    {
        while (at < text.Length && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static string Lede(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= FragmentChars * 2)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', FragmentChars * 2);
        return flat[..(cut > 0 ? cut : FragmentChars * 2)] + " …";
    }
}
