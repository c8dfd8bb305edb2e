using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Lucene.Scoring;

namespace Search.Core.Related;

/// <summary>
/// What the source article is about, measured against the index: its most distinctive terms
/// (tf·idf with headline and lede weighted up) and its entities weighted by centrality × rarity.
/// </summary>
internal sealed class SourceProfile
{
    private readonly Dictionary<string, TermContext> _textContexts;
    private readonly Dictionary<string, TermContext> _entityContexts;

    private SourceProfile(
        IndexedArticle source, IReadOnlyList<WeightedTerm> terms, IReadOnlyList<(ArticleEntity Entity, float Weight)> entities,
        Dictionary<string, TermContext> textContexts, Dictionary<string, TermContext> entityContexts)
    {
        _textContexts = textContexts;
        _entityContexts = entityContexts;
        Source = source;
        Terms = terms;
        Entities = entities;
        Published = source.Article.PublishedAt?.ToUnixTimeMilliseconds();
        Hash = ContentSimHash.Compute(source.Article.Body);
        Years = NamedYears.Extract(source.Article);
    }

    public IndexedArticle Source { get; }
    public IReadOnlyList<WeightedTerm> Terms { get; }

    /// <summary>
    /// The source's heaviest terms (up to <see cref="RelatedOptions.MaxCosineTerms"/>), numbers included, with their cosine
    /// weight (1 + ln tf) · idf²: one idf for the source's side of the cosine and one for the candidate's, whose vector
    /// is stored without it.
    /// </summary>
    public IReadOnlyList<(string Term, float Weight)> CosineTerms { get; private init; } = [];

    /// <summary>
    /// The terms whose places in each candidate the re-rank reads: <see cref="CosineTerms"/> first, in the same order,
    /// then the other words of <see cref="Phrases"/>, then any of <see cref="Terms"/> not yet among them.
    /// </summary>
    public IReadOnlyList<string> ReadTerms { get; private init; } = [];

    /// <summary>Where each of <see cref="Terms"/> stands in <see cref="ReadTerms"/> (every one does).</summary>
    public IReadOnlyList<int> TextTermIndexes { get; private init; } = [];

    /// <summary>
    /// The source's phrases: pairs of words that follow each other in it (stop words skipped, as the index skips them),
    /// by index into <see cref="ReadTerms"/>, each once, weighing √(idf·idf) of its two words; the heaviest
    /// <see cref="RelatedOptions.MaxPhrasePairs"/>. Unlike the cosine's terms, words beyond the heaviest 100 and words in
    /// half the archive count here ("presumed dead" says more than the two words apart); calendar and title words and
    /// words in more than <see cref="RelatedOptions.MaxCandidateDocFreq"/> articles do not. The phrase signal looks
    /// for them in that order in each candidate. Two reports of one event share names and phrases; two events of one
    /// kind share words.
    /// </summary>
    public IReadOnlyList<(int First, int Second, float Weight)> Phrases { get; private init; } = [];

    /// <summary>Each of <see cref="Phrases"/> as the source first wrote it ("Bank of England"), for the reasons shown.</summary>
    public IReadOnlyList<string> PhraseTexts { get; private init; } = [];

    /// <summary>Entities with weight = centrality × idf, heaviest first.</summary>
    public IReadOnlyList<(ArticleEntity Entity, float Weight)> Entities { get; }

    /// <summary>The headline's analysed words, each once: what the title signal looks for in the candidates' headlines.</summary>
    public IReadOnlyList<string> TitleTerms { get; private init; } = [];

    public long? Published { get; }
    public long Hash { get; }

    /// <summary>The years the source names (<see cref="NamedYears"/>): when its story happened, as far as the text says.</summary>
    public byte[] Years { get; }

    /// <summary>The statistics and term states of one of <see cref="Terms"/> found while building the profile.</summary>
    public TermContext? TextContext(string term) => _textContexts.GetValueOrDefault(term);

    /// <summary>A query for one of <see cref="Entities"/> that reuses the statistics and term states found while building the profile.</summary>
    public TermQuery EntityQuery(string id) => Query(ArticleFields.Entity, id, _entityContexts);

    private static TermQuery Query(string field, string text, Dictionary<string, TermContext> contexts) =>
        contexts.TryGetValue(text, out var context) ? new TermQuery(new Term(field, text), context) : new TermQuery(new Term(field, text));

    /// <param name="indexed">True when the source is itself in the index (its own document counts in every df).</param>
    public static SourceProfile Build(IndexReader reader, Analyzer analyzer, IndexedArticle source, RelatedOptions options, bool indexed)
    {
        var article = source.Article;
        var counts = new Dictionary<string, (float Tf, Dictionary<string, int> Surfaces)>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), string>();
        Count(analyzer, article.Title, options.TitleTermWeight, counts, pairs);
        Count(analyzer, article.Summary, options.LedeTermWeight, counts, pairs);
        // Captions describe the story; credits name agencies and photographers, which no two stories share by topic.
        Count(analyzer, string.Join("\n", article.Images.Select(i => i.Caption)), options.LedeTermWeight, counts, pairs);
        var body = article.Body.Length > options.MaxBodyChars ? article.Body[..options.MaxBodyChars] : article.Body;
        Count(analyzer, body, 1f, counts, pairs);

        var docs = Math.Max(1, reader.NumDocs);
        var minDf = indexed ? 2 : 1;
        var maxDf = Math.Max(minDf + 1, (int)(docs * options.MaxDocFreqRatio));
        var terms = new List<WeightedTerm>(counts.Count);
        var textContexts = TermLookup.Contexts(reader, ArticleFields.Text, counts.Keys);
        foreach (var (term, (tf, surfaces)) in counts)
        {
            var df = textContexts.TryGetValue(term, out var context) ? context.DocFreq : 0;
            if (df < minDf || df > maxDf || term.Length < 2)
            {
                continue;
            }

            var surface = IsNumber(term) ? term : surfaces.MaxBy(s => s.Value).Key;
            if (RelatedStopWords.Contains(term, surface))
            {
                continue;
            }

            var sourceWeight = 1 + MathF.Log(tf);
            terms.Add(new WeightedTerm(term, surface, sourceWeight * Idf(docs, df), sourceWeight, df));
        }

        var heaviest = terms.OrderByDescending(t => t.Weight).ThenBy(t => t.Term, StringComparer.Ordinal).ToArray();
        // Numbers (a magnitude, a toll, a year) tell one event from another of its kind in the cosine, but draw too
        // many unrelated candidates to be query terms.
        var top = heaviest.Where(t => !IsNumber(t.Term)).Take(options.MaxQueryTerms).ToArray();
        var cosineTerms = heaviest.Take(options.MaxCosineTerms).Select(t => (t.Term, t.Weight * Idf(docs, t.DocFreq))).ToArray();
        var readTerms = cosineTerms.Select(t => t.Term).ToList();
        var readIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < readTerms.Count; i++)
        {
            readIndex[readTerms[i]] = i;
        }

        int IndexOf(string term)
        {
            if (!readIndex.TryGetValue(term, out var index))
            {
                readIndex[term] = index = readTerms.Count;
                readTerms.Add(term);
            }

            return index;
        }

        // Calendar words, titles and newsroom boilerplate ("said Thursday", "Mr Smith" is "smith") join no two reports;
        // words in more than MaxCandidateDocFreq articles (only in a very large archive) cost a list more to place than
        // they tell.
        float PairIdf(string term) =>
            textContexts.TryGetValue(term, out var context) && context.DocFreq >= minDf && context.DocFreq <= options.MaxCandidateDocFreq
            && !RelatedStopWords.Contains(term, term)
                ? Idf(docs, context.DocFreq)
                : 0f;
        var heaviestPairs = pairs
            .Select(p => (Words: p.Key, Text: p.Value, Weight: MathF.Sqrt(PairIdf(p.Key.Item1) * PairIdf(p.Key.Item2))))
            .Where(p => p.Weight > 0)
            .OrderByDescending(p => p.Weight).ThenBy(p => p.Words.Item1, StringComparer.Ordinal).ThenBy(p => p.Words.Item2, StringComparer.Ordinal)
            .Take(options.MaxPhrasePairs)
            .ToArray();
        var phrases = heaviestPairs.Select(p => (IndexOf(p.Words.Item1), IndexOf(p.Words.Item2), p.Weight)).ToArray();
        var phraseTexts = heaviestPairs.Select(p => p.Text).ToArray();
        // The text terms are read too (most already are, as cosine terms), so their BM25 over the candidates can come from the same read.
        var textIndexes = top.Select(t => IndexOf(t.Term)).ToArray();
        var entityContexts = TermLookup.Contexts(reader, ArticleFields.Entity, source.Entities.Select(e => e.Id));
        var entities = source.Entities
            .Select(e => (Entity: e, Df: entityContexts.TryGetValue(e.Id, out var context) ? context.DocFreq : 0))
            .Where(e => e.Df >= minDf)
            .Select(e => (e.Entity, Weight: e.Entity.Weight * Idf(docs, e.Df)))
            .OrderByDescending(e => e.Weight)
            .ToArray();
        var titleTerms = AnalyzerFactory.Terms(analyzer, ArticleFields.Title, article.Title).Distinct(StringComparer.Ordinal).ToArray();
        return new SourceProfile(source, top, entities, textContexts, entityContexts) { TitleTerms = titleTerms, CosineTerms = cosineTerms, ReadTerms = readTerms, Phrases = phrases, PhraseTexts = phraseTexts, TextTermIndexes = textIndexes };
    }

    private static bool IsNumber(string term) => term.All(char.IsDigit);

    /// <summary>BM25's idf: never negative, large for rare terms.</summary>
    public static float Idf(int docs, int df) => MathF.Log(1 + (docs - df + 0.5f) / (df + 0.5f));

    private static string WithoutPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)) ? word[..^2] : word;

    /// <summary>
    /// Adds the analysed terms of <paramref name="text"/> to <paramref name="counts"/>, and to <paramref name="pairs"/> each
    /// two terms that follow each other (stop words skipped) with the text they first stood in ("Bank of England").
    /// </summary>
    private static void Count(
        Analyzer analyzer, string? text, float weight, Dictionary<string, (float Tf, Dictionary<string, int> Surfaces)> counts,
        Dictionary<(string, string), string> pairs)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        using var stream = analyzer.GetTokenStream(ArticleFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        string? previous = null;
        var previousStart = 0;
        stream.Reset();
        while (stream.IncrementToken())
        {
            var key = term.ToString();
            if (previous is not null && !string.Equals(previous, key, StringComparison.Ordinal))
            {
                pairs.TryAdd((previous, key), WithoutPossessive(text[previousStart..offset.EndOffset]));
            }

            previous = key;
            previousStart = offset.StartOffset;
            var surface = WithoutPossessive(text.Substring(offset.StartOffset, offset.EndOffset - offset.StartOffset));
            if (!counts.TryGetValue(key, out var entry))
            {
                entry = (0, new Dictionary<string, int>(StringComparer.Ordinal));
            }

            entry.Surfaces[surface] = entry.Surfaces.GetValueOrDefault(surface) + 1;
            counts[key] = (entry.Tf + weight, entry.Surfaces);
        }

        stream.End();
    }
}
