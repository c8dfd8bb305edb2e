using System.Collections.Frozen;
using Search.Core.Articles;

namespace Search.Evaluation.Baselines;

/// <summary>
/// The plain baseline, defined entirely here so nobody has to guess what "TF-IDF" meant: headline and body,
/// lower-cased runs of letters and digits, <see cref="StopWords"/> dropped, weights (1 + ln tf) · ln(N / df),
/// cosine of the two weight vectors, the most similar other documents first (ties by id). No stemming, no
/// field weights, no Lucene scoring. Built once over a corpus and read-only after, so it may be asked from
/// several threads at once.
/// </summary>
public sealed class TfIdfCosine
{
    /// <summary>
    /// Lucene's classic English stop set (EnglishAnalyzer's default): the "short stop list" of the ECB+
    /// README, whose TF-IDF figure (P@5 0.963) was measured with it.
    /// </summary>
    public static FrozenSet<string> StopWords { get; } = FrozenSet.ToFrozenSet(
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
        "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    ], StringComparer.Ordinal);

    private readonly string[] _ids;
    private readonly Dictionary<string, int> _docs;
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly List<string> _termNames = [];
    private readonly List<int> _docFreq = [];

    // Per document: its terms and their weights, raw ((1 + ln tf) · idf) and divided by the vector's length.
    private readonly int[][] _docTerms;
    private readonly double[][] _rawWeights;
    private readonly double[][] _unitWeights;

    // Per term: the documents holding it, with the document's unit weight for it (the cosine's inverted index).
    private readonly (int Doc, double Weight)[][] _postings;

    public TfIdfCosine(IEnumerable<(string Id, string Text)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counted = new List<Dictionary<int, int>>();
        var ids = new List<string>();
        foreach (var (id, text) in documents)
        {
            ids.Add(id);
            counted.Add(CountTerms(text));
        }

        _ids = [.. ids];
        _docs = new Dictionary<string, int>(_ids.Length, StringComparer.Ordinal);
        for (var doc = 0; doc < _ids.Length; doc++)
        {
            if (!_docs.TryAdd(_ids[doc], doc))
            {
                throw new ArgumentException($"Document id {_ids[doc]} appears twice.", nameof(documents));
            }
        }

        _docTerms = new int[_ids.Length][];
        _rawWeights = new double[_ids.Length][];
        _unitWeights = new double[_ids.Length][];
        var postings = new List<(int, double)>[_docFreq.Count];
        for (var doc = 0; doc < _ids.Length; doc++)
        {
            var terms = counted[doc].Select(kv => (Term: kv.Key, Weight: (1 + Math.Log(kv.Value)) * Idf(kv.Key)))
                .Where(t => t.Weight > 0) // a term in every document says nothing
                .OrderBy(t => t.Term)
                .ToArray();
            var length = Math.Sqrt(terms.Sum(t => t.Weight * t.Weight));
            _docTerms[doc] = terms.Select(t => t.Term).ToArray();
            _rawWeights[doc] = terms.Select(t => t.Weight).ToArray();
            _unitWeights[doc] = terms.Select(t => t.Weight / length).ToArray();
            for (var i = 0; i < terms.Length; i++)
            {
                (postings[terms[i].Term] ??= []).Add((doc, _unitWeights[doc][i]));
            }
        }

        _postings = postings.Select(p => p?.ToArray() ?? []).ToArray();
    }

    /// <summary>Documents in the model (N).</summary>
    public int Count => _ids.Length;

    /// <summary>Headline and body, the text the baseline reads for an article.</summary>
    public static TfIdfCosine For(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return new TfIdfCosine(articles.Select(a => (a.Id, a.Title + "\n" + a.Body)));
    }

    /// <summary>Lower-cased runs of letters and digits, stop words dropped: "U.S. Reid's 33rd" is u, s, reid, s, 33rd.</summary>
    public static IEnumerable<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                start = -1;
                if (!StopWords.Contains(word))
                {
                    yield return word;
                }
            }
        }
    }

    /// <summary>ln(N / df) of a term as <see cref="Tokenize"/> writes it; 0 for a term no document holds.</summary>
    public double Idf(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _terms.TryGetValue(term, out var id) ? Idf(id) : 0;
    }

    /// <summary>A document's weights before length normalisation, (1 + ln tf) · ln(N / df), by term; terms of weight 0 are left out.</summary>
    public IReadOnlyDictionary<string, double> Weights(string id)
    {
        var doc = Doc(id);
        return _docTerms[doc].Select((term, i) => (Name: _termNames[term], Weight: _rawWeights[doc][i]))
            .ToDictionary(t => t.Name, t => t.Weight, StringComparer.Ordinal);
    }

    /// <summary>Cosine of two documents' weight vectors: 1 for the same words in the same proportions, 0 for none shared.</summary>
    public double Cosine(string a, string b)
    {
        int x = Doc(a), y = Doc(b);
        double dot = 0;
        for (int i = 0, j = 0; i < _docTerms[x].Length && j < _docTerms[y].Length;)
        {
            var order = _docTerms[x][i].CompareTo(_docTerms[y][j]);
            if (order == 0)
            {
                dot += _unitWeights[x][i++] * _unitWeights[y][j++];
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot;
    }

    /// <summary>
    /// The <paramref name="count"/> other documents most similar to <paramref name="id"/>, best first, ties by id
    /// (ordinal); only documents sharing a weighted term (cosine above 0) are returned.
    /// </summary>
    public IReadOnlyList<(string Id, double Cosine)> MostSimilar(string id, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var source = Doc(id);
        var scores = new double[_ids.Length];
        var terms = _docTerms[source];
        for (var i = 0; i < terms.Length; i++)
        {
            var weight = _unitWeights[source][i];
            foreach (var (doc, other) in _postings[terms[i]])
            {
                scores[doc] += weight * other;
            }
        }

        scores[source] = 0;
        var best = new List<(int Doc, double Score)>(count + 1);
        for (var doc = 0; doc < scores.Length; doc++)
        {
            var candidate = (doc, scores[doc]);
            if (scores[doc] <= 0 || (best.Count == count && !Better(candidate, best[^1])))
            {
                continue;
            }

            var at = best.FindIndex(b => Better(candidate, b));
            best.Insert(at < 0 ? best.Count : at, candidate);
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }
        }

        return best.Select(b => (_ids[b.Doc], b.Score)).ToArray();
    }

    private bool Better((int Doc, double Score) a, (int Doc, double Score) b) =>
        a.Score > b.Score || (a.Score == b.Score && string.CompareOrdinal(_ids[a.Doc], _ids[b.Doc]) < 0);

    private double Idf(int term) => Math.Log(_ids.Length / (double)_docFreq[term]);

    private int Doc(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _docs.TryGetValue(id, out var doc) ? doc : throw new KeyNotFoundException($"Unknown document {id}.");
    }

    private Dictionary<int, int> CountTerms(string text)
    {
        var counts = new Dictionary<int, int>();
        foreach (var word in Tokenize(text))
        {
            if (!_terms.TryGetValue(word, out var term))
            {
                _terms[word] = term = _docFreq.Count;
                _termNames.Add(word);
                _docFreq.Add(0);
            }

            if (counts.TryGetValue(term, out var n))
            {
                counts[term] = n + 1;
            }
            else
            {
                counts[term] = 1;
                _docFreq[term]++;
            }
        }

        return counts;
    }
}
