using System.CommandLine;
using Search.Core.Semantics;

namespace Search.Cli.Options;

/// <summary>
/// The evaluation commands' semantic switch: on by default, as in the service, so "ours" is what a reader gets and the
/// semantic ablation is not empty. Vectors are kept in a cache file between runs (keyed by the embedded text), so only
/// the first run on a set pays the model (about 40 articles per CPU-second).
/// </summary>
internal static class SemanticOption
{
    public static Option<bool> NoSemantic() => new("--no-semantic")
    {
        Description = "Index without sentence embeddings (faster; the semantic signal and its ablation read 0). [default: embeddings on]",
    };

    public static Option<string> Cache() => new("--embedding-cache")
    {
        Description = "File keeping the sets' embeddings between runs.",
        HelpName = "FILE",
        DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "search-eval-embeddings.bin"),
    };

    /// <summary>The embedder for the benches, or null when semantic indexing is off.</summary>
    public static ArticleEmbedder? Embedder(bool noSemantic, string cachePath)
    {
        if (noSemantic)
        {
            return null;
        }

        var model = MiniLmEmbedder.Shared;
        var cache = new EmbeddingCache(Path.GetFullPath(cachePath), model.Model, QuantizedEmbedding.Length(model.Dimensions));
        return new ArticleEmbedder(model, cache);
    }
}
