using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Lucene.Scoring;

namespace Search.Core.Searching;

/// <summary>
/// Turns parsed query parts into a BM25 query: each word scores on the whole text plus boosted
/// headline, caption and entity-name matches; words near each other earn a proximity bonus;
/// phrases and +words are required, -parts excluded. Words the analyzer drops (stop words,
/// punctuation) simply vanish, so no input can make an invalid query.
/// </summary>
public sealed class LuceneQueryBuilder(Analyzer analyzer, RankingOptions ranking)
{
    /// <summary>
    /// Free words' terms kept (four clauses each, in one query under Lucene's 1,024-clause limit, beside up
    /// to <see cref="UserQueryParser.MaxParts"/> other parts); only a pasted run of hyphenated tokens gets near it.
    /// </summary>
    public const int MaxFreeTerms = 200;

    /// <summary>Unstemmed words with stop words kept, as the vocabulary field is indexed.</summary>
    private static readonly WordAnalyzer Vocabulary = new();

    /// <summary>
    /// The matching query and, for two or more free words, the proximity bonus as a separate query to
    /// add to the best matches' scores (<see cref="ProximityRescorer"/>); null when nothing searchable
    /// remains (only stop words or punctuation).
    /// </summary>
    public TextQuery? Build(IReadOnlyList<QueryPart> parts)
    {
        // BM25 has no coordination factor, so a free word's field clauses can sit directly in the top
        // query instead of in a group per word: the scores are the same sums, and one flat disjunction
        // is scored window by window (BooleanScorer) where nested groups each merged their own heap.
        var query = new BooleanQuery(disableCoord: true);
        var positives = new List<string>();
        var hasPositive = false;
        var freeTerms = 0;
        foreach (var part in parts)
        {
            if (part.Mode == QueryPartMode.Should && !part.IsPhrase && !part.IsPrefix)
            {
                var terms = AnalyzerFactory.Terms(analyzer, ArticleFields.Text, part.Text);
                terms = terms.Take(Math.Max(0, MaxFreeTerms - freeTerms)).ToList();
                freeTerms += terms.Count;
                positives.AddRange(terms);
                hasPositive |= terms.Count > 0;
                foreach (var term in terms)
                {
                    AddFields(query, term);
                }

                continue;
            }

            var clause = part.IsPhrase ? Phrase(part.Text) : part.IsPrefix ? Prefix(part.Text) : Words(part.Text);
            if (clause is null)
            {
                continue;
            }

            var occur = part.Mode switch
            {
                QueryPartMode.Must => Occur.MUST,
                QueryPartMode.MustNot => Occur.MUST_NOT,
                _ => Occur.SHOULD,
            };
            hasPositive |= occur != Occur.MUST_NOT;
            query.Add(clause, occur);
        }

        if (!hasPositive)
        {
            return StopWordsKept(parts, query);
        }

        // Free words (and -words) only, the search box's usual query, or one quoted phrase alone: the same query scored
        // by reading the postings directly, same hits and floats (Bm25DisjunctionRewrite and Bm25Phrase say when; their
        // tests compare them), and able to skip what cannot reach the page once counting stops.
        var match = (Query?)Bm25DisjunctionRewrite.TryRewrite(query) ?? (Query?)Bm25Phrase.TryRewrite(query) ?? query;
        if (positives.Count < 2 || ranking.ProximityBoost <= 0)
        {
            return new TextQuery(match, null);
        }

        var near = new PhraseQuery { Slop = ranking.ProximitySlop, Boost = ranking.ProximityBoost };
        foreach (var term in positives.Take(16))
        {
            near.Add(new Term(ArticleFields.Text, term));
        }

        return new TextQuery(match, near);
    }

    /// <summary>
    /// A query of stop words only ("The Who", "to be or not to be"): the analyzed fields dropped every word,
    /// so every word is required in the unstemmed vocabulary field, which keeps them. That field has no
    /// term frequencies or norms, so its matches score alike: <see cref="TextQuery.Unranked"/> lets the
    /// caller order them by date. Null when nothing searchable was typed at all (punctuation).
    /// </summary>
    private static TextQuery? StopWordsKept(IReadOnlyList<QueryPart> parts, BooleanQuery exclusions)
    {
        var words = parts
            .Where(p => p.Mode != QueryPartMode.MustNot)
            .SelectMany(p => AnalyzerFactory.Terms(Vocabulary, ArticleFields.Words, p.Text))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxFreeTerms)
            .ToList();
        if (words.Count == 0)
        {
            return null;
        }

        foreach (var word in words)
        {
            exclusions.Add(new TermQuery(new Term(ArticleFields.Words, word)), Occur.MUST);
        }

        return new TextQuery(exclusions, null) { Unranked = true };
    }

    /// <summary>The stemmed terms of the positive words, for highlighting and spelling.</summary>
    public IEnumerable<string> TextTerms(string text) => AnalyzerFactory.Terms(analyzer, ArticleFields.Text, text);

    /// <summary>A required or excluded word: its field clauses as one group (a group per term when it analyzes to several).</summary>
    private Query? Words(string text)
    {
        var terms = AnalyzerFactory.Terms(analyzer, ArticleFields.Text, text);
        if (terms.Count == 0)
        {
            return null;
        }

        if (terms.Count == 1)
        {
            return Term(terms[0]);
        }

        // "+U.S.-China" analyzes to several terms: any of them may match.
        var group = new BooleanQuery();
        foreach (var term in terms)
        {
            group.Add(Term(term), Occur.SHOULD);
        }

        return group;
    }

    private Query Term(string term)
    {
        var fields = new BooleanQuery(disableCoord: true);
        AddFields(fields, term);
        return fields;
    }

    /// <summary>One word's clauses, all SHOULD: the whole text, plus boosted headline, caption and entity-name matches.</summary>
    private void AddFields(BooleanQuery query, string term)
    {
        query.Add(new TermQuery(new Term(ArticleFields.Text, term)), Occur.SHOULD);
        AddBoosted(query, new TermQuery(new Term(ArticleFields.Title, term)), ranking.TitleBoost);
        AddBoosted(query, new TermQuery(new Term(ArticleFields.Captions, term)), ranking.CaptionBoost);
        AddBoosted(query, new TermQuery(new Term(ArticleFields.EntityNames, term)), ranking.EntityBoost);
    }

    private Query? Phrase(string text)
    {
        var terms = AnalyzerFactory.TermPositions(analyzer, ArticleFields.Text, text);
        if (terms.Count == 0)
        {
            return null;
        }

        if (terms.Count == 1)
        {
            return Term(terms[0].Term);
        }

        var phrase = new BooleanQuery(disableCoord: true);
        var inText = new PhraseQuery();
        var inTitle = new PhraseQuery { Boost = Math.Max(ranking.TitleBoost, 0.0001f) };
        foreach (var (term, position) in terms)
        {
            inText.Add(new Term(ArticleFields.Text, term), position);
            inTitle.Add(new Term(ArticleFields.Title, term), position);
        }

        // The text phrase must match; the headline phrase only adds score.
        phrase.Add(inText, Occur.MUST);
        if (ranking.TitleBoost > 0)
        {
            phrase.Add(inTitle, Occur.SHOULD);
        }

        return phrase;
    }

    private Query? Prefix(string text)
    {
        var terms = AnalyzerFactory.Terms(Vocabulary, ArticleFields.Words, text);
        if (terms.Count == 0)
        {
            return null;
        }

        // Too short a prefix matches half the vocabulary and says little: search the word itself.
        if (terms.Count > 1 || terms[0].Length < 2)
        {
            return Words(text);
        }

        return new PrefixQuery(new Term(ArticleFields.Text, terms[0]))
        {
            MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(ranking.MaxPrefixExpansions),
        };
    }

    private static void AddBoosted(BooleanQuery query, Query clause, float boost)
    {
        if (boost > 0)
        {
            clause.Boost = boost;
            query.Add(clause, Occur.SHOULD);
        }
    }
}
