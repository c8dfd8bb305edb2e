using Search.Core.Configuration;

namespace Search.Core.Semantics;

/// <summary>
/// Sentence embeddings of articles (configuration section "Search:Semantic"): computed at index time with the
/// offline MiniLM model, kept in doc values for "More from", and cached by text so a rebuild embeds only what changed.
/// </summary>
public sealed class SemanticOptions : IValidatedOptions
{
    public const string SectionName = "Search:Semantic";

    /// <summary>The embedding file's name in the index folder when <see cref="CachePath"/> is not set.</summary>
    public const string DefaultCacheFile = "embeddings.bin";

    /// <summary>
    /// Embed articles when indexing and drafts when asked for related stories. Off, the index has no embeddings, the
    /// model is never loaded, and related stories have no semantic signal; a build that finds no embedding in the
    /// cache costs about twenty times less CPU (benchmarks/RESULTS.md, "Semantic embeddings").
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The embedding cache file; empty means <c>embeddings.bin</c> beside the index generations (in <c>Search:IndexPath</c>).</summary>
    public string CachePath { get; set; } = "";

    public IEnumerable<string> Problems() =>
        CachePath.Length > 0 && (CachePath.EndsWith('/') || CachePath.EndsWith('\\') || Directory.Exists(CachePath))
            ? [$"{SectionName}:CachePath must name a file, not a folder; it is {CachePath}."]
            : [];
}
