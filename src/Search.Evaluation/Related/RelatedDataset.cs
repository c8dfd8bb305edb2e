using System.Globalization;

namespace Search.Evaluation.Related;

/// <summary>
/// One labeled set for the "More from" evaluation: where its articles come from (a file under the data
/// folder, or generated), how many queries to sample by default, and what counts as a hit. Every article
/// that is not a distractor and has a label is a query; a hit shares a label with it.
/// </summary>
public sealed class RelatedDataset
{
    private readonly Func<string, IReadOnlyList<LabeledNewsArticle>> _load;

    private RelatedDataset(string name, string source, bool readsDataFolder, Func<string, IReadOnlyList<LabeledNewsArticle>> load, int defaultSample, bool duplicatesAreMisses)
    {
        Name = name;
        Source = source;
        ReadsDataFolder = readsDataFolder;
        _load = load;
        DefaultSample = defaultSample;
        DuplicatesAreMisses = duplicatesAreMisses;
    }

    /// <summary>WikiRef220: the 185 articles of the 5 main topics; the 35 noise articles are indexed as distractors.</summary>
    public static RelatedDataset WikiRef { get; } = FromFile("wikiref", "wikiref220.jsonl.gz");

    /// <summary>Reuters-21578: a seeded sample of the articles with at least one topic; a hit shares a topic.</summary>
    public static RelatedDataset Reuters { get; } = FromFile("reuters", "reuters-21578.jsonl.gz", defaultSample: 1_000);

    /// <summary>BBC: every article; a hit is in the same section and is not one of the 98 exact duplicates of the query.</summary>
    public static RelatedDataset Bbc { get; } = FromFile("bbc", "bbc-news.jsonl.gz", duplicatesAreMisses: true);

    /// <summary>
    /// ECB+ (odd topics): every text; a hit reports the same event (<c>story</c>). Each topic holds two events
    /// of one kind, so a result of the same topic but the other event is the confusion this set exposes.
    /// </summary>
    public static RelatedDataset EcbPlus { get; } = FromFile("ecbplus", "ecbplus-train.jsonl.gz");

    /// <summary>The synthetic newsroom's story threads (<see cref="SyntheticThreads"/>): a hit continues the query's thread.</summary>
    public static RelatedDataset Threads { get; } = Generated(
        "threads",
        string.Create(CultureInfo.InvariantCulture, $"synthetic newsroom, seed {SyntheticThreads.DefaultSeed}, {SyntheticThreads.DefaultSize:N0} articles"),
        () => SyntheticThreads.Generate(SyntheticThreads.DefaultSize, SyntheticThreads.DefaultSeed),
        defaultSample: 1_000);

    public static IReadOnlyList<RelatedDataset> All { get; } = [WikiRef, Reuters, Bbc, EcbPlus, Threads];

    public string Name { get; }

    /// <summary>The file read under the data folder, or what is generated.</summary>
    public string Source { get; }

    /// <summary>False for a generated set, which needs no data folder.</summary>
    public bool ReadsDataFolder { get; }

    /// <summary>Queries sampled when the caller does not say; 0 for every query article.</summary>
    public int DefaultSample { get; }

    /// <summary>Whether an exact duplicate of the query (same headline and body) is a miss rather than a trivial hit.</summary>
    public bool DuplicatesAreMisses { get; }

    public static RelatedDataset? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A set read from <paramref name="fileName"/> (gzip JSON Lines, <see cref="LabeledNewsReader"/>) under the data folder.</summary>
    public static RelatedDataset FromFile(string name, string fileName, int defaultSample = 0, bool duplicatesAreMisses = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        return new(name, fileName, readsDataFolder: true, folder => LabeledNewsReader.Read(Path.Combine(folder, fileName)), defaultSample, duplicatesAreMisses);
    }

    /// <summary>A set made in memory: generated, or hand-made in a test.</summary>
    public static RelatedDataset Generated(string name, string description, Func<IReadOnlyList<LabeledNewsArticle>> generate, int defaultSample = 0, bool duplicatesAreMisses = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(generate);
        return new(name, description, readsDataFolder: false, _ => generate(), defaultSample, duplicatesAreMisses);
    }

    /// <exception cref="FileNotFoundException">The set's file is not in <paramref name="dataFolder"/>.</exception>
    public IReadOnlyList<LabeledNewsArticle> Load(string dataFolder) => _load(dataFolder);

    public bool IsQuery(LabeledNewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return !article.IsDistractor && article.Labels.Count > 0;
    }

    /// <summary>A hit shares at least one label with the query (and, where duplicates are misses, is not the query again).</summary>
    public bool IsHit(LabeledNewsArticle query, LabeledNewsArticle result)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(result);
        return query.Labels.Overlaps(result.Labels)
            && !(DuplicatesAreMisses && string.Equals(query.ContentKey, result.ContentKey, StringComparison.Ordinal));
    }

    /// <summary>A confusion is of the query's <see cref="LabeledNewsArticle.Topic"/> but not a hit: the same kind of event, another event.</summary>
    public bool IsConfusion(LabeledNewsArticle query, LabeledNewsArticle result) =>
        query.Topic is not null && string.Equals(query.Topic, result.Topic, StringComparison.Ordinal) && !IsHit(query, result);

    public override string ToString() => Name;
}
