using System.Buffers;
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

    // True analyses all of the text, as the reference the tests hold the skipping analysis to.
    private readonly bool _wholeText;

    public SnippetBuilder()
    {
    }

    /// <param name="wholeText">Analyse every word instead of only the stretches that can hold a match (the tests' reference).</param>
    internal SnippetBuilder(bool wholeText) => _wholeText = wholeText;

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
    /// Only the stretches of text that can hold a match are analysed (<see cref="CandidateRegions"/>).
    /// </summary>
    private List<(int Start, int End, string Term)> Matches(string text, HashSet<string> wanted)
    {
        var matches = new List<(int Start, int End, string Term)>();
        var complete = 0;
        var lastCompleteEnd = -1;
        var stopAt = int.MaxValue;
        using var candidates = SnippetCandidateFilter.Use(wanted);
        var regions = _wholeText ? [(0, text.Length)] : CandidateRegions(text, SnippetCandidateFilter.Prefixes(wanted));
        foreach (var (regionStart, regionEnd) in regions)
        {
            if (regionStart > stopAt)
            {
                break;
            }

            using var stream = Candidates.GetTokenStream(ArticleFields.Text, regionStart == 0 && regionEnd == text.Length ? text : text[regionStart..regionEnd]);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var tokenStart = regionStart + offset.StartOffset;
                if (tokenStart > stopAt)
                {
                    break;
                }

                var value = term.ToString();
                if (!wanted.Contains(value))
                {
                    continue;
                }

                matches.Add((tokenStart, regionStart + offset.EndOffset, value));
                if (complete < MaxFragments && PassageStart(matches, wanted.Count) is { } start && start > lastCompleteEnd)
                {
                    lastCompleteEnd = regionStart + offset.EndOffset;
                    if (++complete >= MaxFragments)
                    {
                        // A window opened at or before this match ends within a fragment of it.
                        stopAt = tokenStart + FragmentChars;
                    }
                }
            }

            stream.End();
        }

        return matches;
    }

    /// <summary>
    /// The stretches of <paramref name="text"/>, cut at ASCII white space, that can hold a token the candidate filter
    /// keeps; everything between them is skipped unread. The tokenizer never joins characters across a space, tab or
    /// line break (each is a word break in UAX #29), and every filter of the chain works on one token at a time, so a
    /// stretch analysed alone gives the tokens, terms and offsets (shifted by its start) it gives inside the whole
    /// text. A kept token begins with one of the <paramref name="prefixes"/> once lower-cased and folded: for an ASCII
    /// word that means its lower-cased text contains the prefix, so a word without any prefix, and without any
    /// non-ASCII character that folding could turn into one, holds no candidate. Nearby candidate words share one
    /// stretch, since each analysis call has a fixed cost.
    /// </summary>
    internal static List<(int Start, int End)> CandidateRegions(string text, IReadOnlyList<string> prefixes)
    {
        var marked = new List<int>();
        // ASCII letters lower-cased into a pooled copy (a non-ASCII character is copied as it is: its word is marked
        // below), then searched ordinally: both are vectorised, where a search ignoring case is not (the service runs
        // in invariant globalization mode, whose case-insensitive search goes a character at a time).
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var lower = buffer.AsSpan(0, text.Length);
        for (var done = 0; done < text.Length;)
        {
            Ascii.ToLower(text.AsSpan(done), lower[done..], out var written);
            done += written;
            if (done < text.Length)
            {
                lower[done] = text[done];
                done++;
            }
        }

        foreach (var prefix in prefixes)
        {
            for (var from = 0; from < lower.Length;)
            {
                var found = lower[from..].IndexOf(prefix.AsSpan(), StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }

                marked.Add(from + found);
                from += found + 1;
            }
        }

        ArrayPool<char>.Shared.Return(buffer);
        var span = text.AsSpan();
        for (var at = span.IndexOfAnyExceptInRange('\0', '\x7f'); at >= 0;)
        {
            marked.Add(at);
            var next = span[(at + 1)..].IndexOfAnyExceptInRange('\0', '\x7f');
            at = next < 0 ? -1 : at + 1 + next;
        }

        marked.Sort();
        var regions = new List<(int Start, int End)>();
        foreach (var at in marked)
        {
            if (regions.Count > 0 && at < regions[^1].End + RegionGap)
            {
                // Inside the current stretch, or close enough after it to extend it (up to this word's end).
                if (at >= regions[^1].End)
                {
                    regions[^1] = (regions[^1].Start, WordBreakAfter(text, at));
                }

                continue;
            }

            regions.Add((WordBreakBefore(text, at), WordBreakAfter(text, at)));
        }

        return regions;
    }

    // Candidate words closer than this are analysed in one call: a few skipped words cost less than a call.
    private const int RegionGap = 64;

    private static bool IsBreak(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    private static int WordBreakBefore(string text, int at)
    {
        while (at > 0 && !IsBreak(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    private static int WordBreakAfter(string text, int at)
    {
        while (at < text.Length && !IsBreak(text[at]))
        {
            at++;
        }

        return at;
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
