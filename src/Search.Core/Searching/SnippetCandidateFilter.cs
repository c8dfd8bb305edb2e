using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Search.Core.Schema;

namespace Search.Core.Searching;

/// <summary>
/// Keeps only the words that can stem to one of the current query terms, so the snippet builder's analysis stems a
/// handful of candidates instead of every word of up to 3,000 characters. Porter stemming only rewrites the end of a
/// word: a stem minus its last letter always begins the word it came from ("polici" from "policy", "hope" from
/// "hoping"), so a word that does not begin with the first letters of any query term's stem (three at most, fewer
/// for short stems) cannot stem to it. The terms are set per call on the analysing thread (<see cref="Use"/>).
/// </summary>
internal sealed class SnippetCandidateFilter(TokenStream input) : FilteringTokenFilter(LuceneSetup.Version, input)
{
    [ThreadStatic]
    private static string[]? _prefixes;

    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    /// <summary>Restricts this thread's snippet analysis to candidates of <paramref name="terms"/> until disposed.</summary>
    public static IDisposable Use(IEnumerable<string> terms)
    {
        _prefixes = Prefixes(terms);
        return new Restore();
    }

    /// <summary>The beginnings every word that can stem to one of <paramref name="terms"/> starts with (lower-cased and folded).</summary>
    public static string[] Prefixes(IEnumerable<string> terms) =>
        terms.Where(t => t.Length > 0).Select(t => t[..Math.Max(1, Math.Min(3, t.Length - 1))]).Distinct(StringComparer.Ordinal).ToArray();

    protected override bool Accept()
    {
        var prefixes = _prefixes;
        if (prefixes is null)
        {
            return true;
        }

        var word = _term.Buffer.AsSpan(0, _term.Length);
        foreach (var prefix in prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Restore : IDisposable
    {
        public void Dispose() => _prefixes = null;
    }
}
