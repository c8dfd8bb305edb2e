using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Articles;
using Search.Core.Diagnostics;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Semantics;
using Search.Lucene.Execution;
using Search.Lucene.Scoring;

namespace Search.Core.Related;

/// <summary>
/// "More from": for an article (indexed or a draft), the stories most worth reading next. Candidates
/// come from two capped queries, the article's distinctive terms and its weighted entities; the
/// re-rank blends text similarity, entity overlap (centrality × rarity) and closeness in time, drops
/// the article itself, its near-duplicates and excluded articles, and keeps versions of one story
/// from filling the list. Editor pins come first. Every item says why it was picked.
/// </summary>
public sealed class RelatedFinder
{
    private readonly IndexStore _store;
    private readonly RelatedOptions _options;
    private readonly ArticleEmbedder? _embedder;
    private readonly Analyzer _analyzer = AnalyzerFactory.CreateIndexAnalyzer();
    private readonly ViewCache<(string Id, int Count), IReadOnlyList<RelatedItem>> _cache;

    /// <param name="cacheEntries">
    /// Related lists kept per index view (<see cref="CacheOptions.RelatedLists"/>); 0, the default here as for
    /// SearchService, computes every call; the service passes its configured size.
    /// </param>
    /// <param name="embedder">Embeds drafts for the semantic signal; null leaves drafts without one (indexed articles read theirs from the index).</param>
    public RelatedFinder(IndexStore store, RelatedOptions? options = null, int cacheEntries = 0, ArticleEmbedder? embedder = null)
    {
        _store = store;
        _options = options ?? RelatedOptions.Default;
        _cache = new(cacheEntries, "related");
        _embedder = embedder;
    }

    /// <summary>Related stories for an indexed article; null when the id is unknown. Cached until the index changes.</summary>
    public IReadOnlyList<RelatedItem>? ForArticle(string id, int count)
    {
        count = Math.Clamp(count, 1, RelatedOptions.MaxCount);
        var started = Stopwatch.GetTimestamp();
        using var activity = EngineTelemetry.Source.StartActivity("related");
        var computed = false;
        using var lease = _store.Acquire();
        var related = _cache.GetOrAdd(lease.ViewKey, (id, count), () =>
        {
            computed = true;
            return ForArticle(lease.Searcher, id, count);
        });
        EngineTelemetry.Answered(EngineTelemetry.RelatedDuration, started, cached: !computed, activity, "indexed");
        return related;
    }

    /// <summary>Related stories for an indexed article computed on the given searcher, uncached (tests compare searchers of one reader).</summary>
    internal IReadOnlyList<RelatedItem>? ForArticle(IndexSearcher searcher, string id, int count)
    {
        var found = ArticleLookup.FindWithDoc(searcher, id);
        return found is null ? null : Find(searcher, WithEmbedding(searcher, found.Value), indexed: true, Math.Clamp(count, 1, RelatedOptions.MaxCount));
    }

    /// <summary>Related stories for a draft not yet published, scored the same way.</summary>
    public IReadOnlyList<RelatedItem> ForDraft(Article draft, int count)
    {
        ArgumentNullException.ThrowIfNull(draft);
        count = Math.Clamp(count, 1, RelatedOptions.MaxCount);
        var started = Stopwatch.GetTimestamp();
        using var activity = EngineTelemetry.Source.StartActivity("related");
        IndexedArticle indexed;
        using (EngineTelemetry.Stage("related", "draft"))
        {
            // Embedded before the lease is taken: the model's tens of milliseconds should not hold an index view open.
            indexed = new IndexedArticle(draft, EntityExtractor.Default.Extract(draft)) { Embedding = _embedder?.Embed(draft, remember: false) };
        }

        using var lease = _store.Acquire();
        var related = Find(lease.Searcher, indexed, indexed: false, count);
        EngineTelemetry.Answered(EngineTelemetry.RelatedDuration, started, cached: false, activity, "draft");
        return related;
    }

    /// <summary>
    /// A related list's queries run on the calling thread only: once MaxScore cut the entity query, one core was
    /// as fast as two at 1M articles, and under load a second thread per list only takes a core from another
    /// request (benchmarks/RESULTS.md, 2026-11-30 late, item 3).
    /// </summary>
    private const bool Split = false;

    /// <summary>
    /// Every candidate's signals for an indexed article, before the blend and in document order: what the fitting
    /// command learns the blend's weights from (the candidates do not depend on the weights). Null when the id is unknown.
    /// </summary>
    public IReadOnlyList<(string Id, CandidateSignals Signals)>? Signals(string id)
    {
        using var lease = _store.Acquire();
        var searcher = lease.Searcher;
        if (ArticleLookup.FindWithDoc(searcher, id) is not { } found)
        {
            return null;
        }

        var (profile, candidates) = Gather(searcher, WithEmbedding(searcher, found), indexed: true, measureAll: true);
        return new CandidateScorer(searcher.IndexReader, profile, _options).Measure(candidates.Values)
            .OrderBy(c => c.Doc)
            .Select(c => (searcher.Doc(c.Doc, IdOnly).Get(ArticleFields.Id), c.Signals))
            .ToList();
    }

    private static readonly ISet<string> IdOnly = new HashSet<string>(StringComparer.Ordinal) { ArticleFields.Id };

    private IReadOnlyList<RelatedItem> Find(IndexSearcher searcher, IndexedArticle source, bool indexed, int count)
    {
        var (profile, candidates) = Gather(searcher, source, indexed, measureAll: false);
        IReadOnlyList<Candidate> ranked;
        using (EngineTelemetry.Stage("related", "rerank"))
        {
            ranked = new CandidateScorer(searcher.IndexReader, profile, _options).Rank(candidates.Values);
        }

        // The list itself: pins, stored fields and each item's reasons.
        using var stage = EngineTelemetry.Stage("related", "reasons");
        var pinned = Pinned(searcher, source.Article, count);
        var picked = new List<RelatedItem>(count);
        var reasons = new ReasonBuilder(searcher.IndexReader, profile);
        foreach (var (doc, pinnedArticle) in pinned)
        {
            if (picked.Count < count)
            {
                picked.Add(ToItem(pinnedArticle, doc, 0, reasons.For(doc, SignalContributions.None, []), pinned: true));
            }
        }

        foreach (var candidate in ranked)
        {
            if (picked.Count >= count)
            {
                break;
            }

            if (pinned.Any(p => p.Doc == candidate.Doc))
            {
                continue;
            }

            var article = ArticleDocumentBuilder.ReadStored(searcher.Doc(candidate.Doc)).Article;
            picked.Add(ToItem(article, candidate.Doc, candidate.Score, reasons.For(candidate.Doc, candidate.Contributions, candidate.SharedPhrases), pinned: false));
        }

        return picked;
    }

    /// <summary>
    /// The candidates from the text and entity queries (the source, excluded articles never among them), with their raw scores.
    /// The headline and cosine signals cost extra reads, so they are measured only where weighted, or for every signal (<paramref name="measureAll"/>, the fitter).
    /// </summary>
    private (SourceProfile Profile, Dictionary<int, Candidate> Candidates) Gather(IndexSearcher searcher, IndexedArticle source, bool indexed, bool measureAll)
    {
        SourceProfile profile;
        using (EngineTelemetry.Stage("related", "profile"))
        {
            profile = SourceProfile.Build(searcher.IndexReader, _analyzer, source, _options, indexed);
        }

        using var stage = EngineTelemetry.Stage("related", "candidates");
        var exclusions = Exclusions(source.Article);
        var candidates = new Dictionary<int, Candidate>();
        var drawing = profile.Terms.Where(t => t.DocFreq <= _options.MaxCandidateDocFreq).ToArray();
        var capped = drawing.Length < profile.Terms.Count;
        var textQuery = TextQuery(profile, drawing, ExcludedTerms(source.Article));
        Record(SlicedSearch.Top(searcher, textQuery, _options.MaxCandidates, Split), candidates, capped ? (_, _) => { } : (c, score) => c.TextScore = score);
        // Entity clauses score a constant each, so MaxScore knows their bounds exactly and skips the postings of common
        // entities (a country in a fifth of the archive) that cannot lift a document into the top: same hits, same scores.
        var entityQuery = EntityQuery(profile);
        var entityBounds = entityQuery.Clauses.Select(c => MaxScoreQuery.ConstantBound(c.Query.Boost)).ToArray();
        Collect(searcher, entityQuery, entityBounds, exclusions, candidates, (_, _) => { });
        var nearby = ThinWording(profile, candidates.Count) && source.Embedding is { } vector
            ? AddNearestByMeaning(searcher, vector, source.Article, candidates)
            : [];
        var readsTermVectors = (measureAll || _options.CosineWeight > 0 || _options.PhraseWeight > 0) && candidates.Count > 0 && profile.CosineTerms.Count > 0;
        if (capped && !readsTermVectors)
        {
            // Very common terms only score the candidates that rarer terms and entities drew.
            foreach (var (doc, score) in TextQuery(profile, profile.Terms, []).ScoreDocuments(searcher, candidates.Keys))
            {
                candidates[doc].TextScore = score;
            }
        }
        else if (!capped && nearby.Count > 0)
        {
            // Drawn by meaning, not by the text query: their share of the source's words is still measured.
            foreach (var (doc, score) in TextQuery(profile, profile.Terms, []).ScoreDocuments(searcher, nearby))
            {
                candidates[doc].TextScore = score;
            }
        }

        if ((measureAll || _options.TitleWeight > 0) && profile.TitleTerms.Count > 0 && candidates.Count > 0)
        {
            foreach (var (doc, score) in TitleQuery(profile).ScoreDocuments(searcher, candidates.Keys))
            {
                candidates[doc].TitleScore = score;
            }
        }

        if (readsTermVectors)
        {
            var (docs, occurrences) = MeasureTermVectors(searcher.IndexReader, profile, candidates);
            if (capped)
            {
                // Very common terms only score the candidates that rarer terms and entities drew: every term's BM25 from
                // the frequencies just read (the same scores as walking the postings again, a tenth of a list's time at 1M).
                var frequencies = occurrences.Frequencies;
                var columns = profile.TextTermIndexes;
                foreach (var (doc, score) in TextQuery(profile, profile.Terms, []).ScoreFrequencies(searcher, docs, (i, c) => frequencies[i][columns[c]]))
                {
                    candidates[doc].TextScore = score;
                }
            }
        }

        // Semantic signal: the cosine of the two embeddings (0 where either has none), for the blend and the fitter alike.
        if (source.Embedding is { } sourceVector)
        {
            var embeddings = new EmbeddingValues(searcher.IndexReader);
            foreach (var candidate in candidates.Values)
            {
                candidate.Semantic = embeddings.Similarity(sourceVector, candidate.Doc);
            }
        }

        return (profile, candidates);
    }

    /// <summary>
    /// Whether the source says too little in words for the text and entity queries to be trusted alone: a draft of a
    /// headline and a sentence, a photo story, a very short brief. Then the nearest articles by meaning join the candidates.
    /// </summary>
    private bool ThinWording(SourceProfile profile, int lexicalCandidates) =>
        profile.Terms.Count < _options.ThinSourceTerms || lexicalCandidates < _options.ThinSourceCandidates;

    /// <summary>
    /// Adds the nearest documents by embedding at least <see cref="RelatedOptions.SemanticCandidateFloor"/> close (up to
    /// <see cref="RelatedOptions.MaxCandidates"/>, the newest
    /// <see cref="RelatedOptions.SemanticScanLimit"/> documents scanned) that are not yet candidates, never the source
    /// or an article kept out of related lists; returns the ones added, in document order.
    /// </summary>
    private List<int> AddNearestByMeaning(IndexSearcher searcher, byte[] vector, Article source, Dictionary<int, Candidate> candidates)
    {
        var excluded = new HashSet<int>();
        var exclusions = new BooleanQuery(disableCoord: true);
        foreach (var exclusion in Exclusions(source))
        {
            exclusions.Add(exclusion, Occur.SHOULD);
        }

        searcher.Search(exclusions, new DocSetCollector(excluded));
        var added = new List<int>();
        foreach (var (doc, similarity) in SemanticNeighbours.Nearest(searcher.IndexReader, vector, _options.MaxCandidates, excluded, _options.SemanticScanLimit))
        {
            // Only the clearly close: an article that shares neither a word nor a name must be near in meaning to be worth a slot.
            if (similarity >= _options.SemanticCandidateFloor && candidates.TryAdd(doc, new Candidate(doc)))
            {
                added.Add(doc);
            }
        }

        added.Sort();
        return added;
    }

    /// <summary>
    /// From one read of where the source's heaviest terms and its phrases' words occur in each candidate: the cosine of the two term vectors
    /// (the candidate's length read from doc values; the source's length is the same for every candidate, so it is left
    /// out), and the phrase signal, the source's phrases found in the candidate in the same order (at most two words
    /// between, stop words or not), each weighing √(idf·idf), over the same length. Candidates indexed before the length was stored keep 0 for both.
    /// Returns the candidates (ascending) and what was read, which also holds the text terms' frequencies.
    /// </summary>
    private static (int[] Docs, TermOccurrences Occurrences) MeasureTermVectors(IndexReader reader, SourceProfile profile, Dictionary<int, Candidate> candidates)
    {
        var docs = candidates.Keys.Order().ToArray();
        var terms = profile.ReadTerms.Select(t => (new Term(ArticleFields.Text, t), profile.TextContext(t))).ToArray();
        var occurrences = TermOccurrences.Read(reader, terms, docs);
        if (profile.Phrases.Count > 0)
        {
            // Positions only where a phrase could be found: both its words in the candidate, and enough such phrases.
            var wanted = new bool[docs.Length][];
            for (var i = 0; i < docs.Length; i++)
            {
                var frequencies = occurrences.Frequencies[i];
                var row = wanted[i] = new bool[terms.Length];
                var possible = 0;
                foreach (var (first, second, _) in profile.Phrases)
                {
                    if (frequencies[first] > 0 && frequencies[second] > 0)
                    {
                        row[first] = row[second] = true;
                        possible++;
                    }
                }

                if (possible < MinSharedPhrases)
                {
                    Array.Clear(row);
                }
            }

            occurrences.ReadPositions(wanted);
        }

        var lengths = MultiDocValues.GetNumericValues(reader, ArticleFields.TextVectorLength);
        for (var i = 0; i < docs.Length; i++)
        {
            var length = lengths is null ? 0f : BitConverter.Int32BitsToSingle((int)lengths.Get(docs[i]));
            if (length <= 0)
            {
                continue;
            }

            var frequencies = occurrences.Frequencies[i];
            var found = occurrences.Positions[i];
            var dot = 0f;
            for (var t = 0; t < profile.CosineTerms.Count; t++)
            {
                dot += profile.CosineTerms[t].Weight * TextVector.Weight(frequencies[t]);
            }

            var phrases = 0f;
            List<int>? shared = null;
            for (var p = 0; p < profile.Phrases.Count; p++)
            {
                var (first, second, weight) = profile.Phrases[p];
                if (found[first] is { } before && found[second] is { } after && TermOccurrences.Adjacent(before, after))
                {
                    phrases += weight;
                    (shared ??= []).Add(p);
                }
            }

            var candidate = candidates[docs[i]];
            candidate.Cosine = dot / length;
            if (shared is not null && shared.Count >= MinSharedPhrases)
            {
                candidate.Phrases = phrases / length;
                candidate.SharedPhrases = shared;
            }
        }

        return (docs, occurrences);
    }

    /// <summary>
    /// Phrases in common below which the phrase signal reads 0: one shared phrase is chance or a brand (the seed page's
    /// Kazakhstan piece and a geopolitics round-up share only "G-Zero", the publisher's name); reports of one event share several.
    /// </summary>
    private const int MinSharedPhrases = 2;

    /// <summary>An indexed article with its stored embedding, read from doc values (none when semantic indexing is off).</summary>
    private static IndexedArticle WithEmbedding(IndexSearcher searcher, (IndexedArticle Article, int Doc) found) =>
        found.Article with { Embedding = new EmbeddingValues(searcher.IndexReader).Get(found.Doc) };

    private static RelatedItem ToItem(Article article, int doc, float score, RelatedReasons reasons, bool pinned) =>
        new(article.Id, article.Title, article.Url, article.Section, article.PublishedAt, MathF.Round(score, 4), reasons, pinned);

    /// <summary>The source's headline words in the candidates' headlines: two headlines naming the same event say a lot.</summary>
    private static Bm25Disjunction TitleQuery(SourceProfile profile) =>
        new(profile.TitleTerms.Select(t => (new Term(ArticleFields.Title, t), (TermContext?)null, 1f)).ToArray(), []);

    // Rarity already chose the terms and BM25 weighs it again per match; boosting by tf·idf too would count
    // it twice and let one rare word (a typo, a stray name) outvote the story's vocabulary.
    private static Bm25Disjunction TextQuery(SourceProfile profile, IEnumerable<WeightedTerm> terms, Term[] excluded) =>
        new(terms.Select(t => (new Term(ArticleFields.Text, t.Term), profile.TextContext(t.Term), t.SourceWeight)).ToArray(), excluded);

    private static BooleanQuery EntityQuery(SourceProfile profile)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (entity, weight) in profile.Entities.Take(BooleanQuery.MaxClauseCount / 2))
        {
            query.Add(new ConstantScoreQuery(profile.EntityQuery(entity.Id)) { Boost = weight }, Occur.SHOULD);
        }

        return query;
    }

    private static Query[] Exclusions(Article source) => ExcludedTerms(source).Select(t => (Query)new TermQuery(t)).ToArray();

    private static Term[] ExcludedTerms(Article source) =>
    [
        new Term(ArticleFields.Id, source.Id),
        new Term(ArticleFields.ExcludedFromRelated, "1"),
    ];

    private void Collect(IndexSearcher searcher, BooleanQuery query, double[] bounds, Query[] exclusions, Dictionary<int, Candidate> into, Action<Candidate, float> record)
    {
        if (query.Clauses.Count == 0)
        {
            return;
        }

        foreach (var exclusion in exclusions)
        {
            query.Add(exclusion, Occur.MUST_NOT);
        }

        Record(MaxScoreQuery.Top(searcher, new MaxScoreQuery(query, bounds), _options.MaxCandidates, Split), into, record);
    }

    private static void Record(TopDocs top, Dictionary<int, Candidate> into, Action<Candidate, float> record)
    {
        foreach (var hit in top.ScoreDocs)
        {
            if (!into.TryGetValue(hit.Doc, out var candidate))
            {
                into[hit.Doc] = candidate = new Candidate(hit.Doc);
            }

            record(candidate, hit.Score);
        }
    }

    /// <summary>
    /// The editor's pinned ids that exist, in the order given (the source itself never); no more are looked up than
    /// the list can show, so a draft naming thousands costs no more than one naming a few.
    /// </summary>
    private static List<(int Doc, Article Article)> Pinned(IndexSearcher searcher, Article source, int count)
    {
        var pinned = new List<(int, Article)>();
        foreach (var id in source.Related.Where(r => r != source.Id).Distinct(StringComparer.Ordinal).Take(count))
        {
            if (ArticleLookup.FindWithDoc(searcher, id) is { } found)
            {
                pinned.Add((found.Doc, found.Article.Article));
            }
        }

        return pinned;
    }
}
