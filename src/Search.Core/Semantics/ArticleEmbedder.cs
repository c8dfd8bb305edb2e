using Search.Core.Articles;

namespace Search.Core.Semantics;

/// <summary>
/// An article's stored embedding (<see cref="QuantizedEmbedding"/>) of its <see cref="ArticleEmbeddingText"/>,
/// looked up in the cache by the text's hash before the model is asked. Thread-safe: the indexing threads share one.
/// </summary>
public sealed class ArticleEmbedder
{
    private readonly ITextEmbedder _embedder;
    private readonly EmbeddingCache _cache;

    /// <param name="cache">Where vectors are kept between builds; null keeps them for this instance's life only.</param>
    public ArticleEmbedder(ITextEmbedder embedder, EmbeddingCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        _embedder = embedder;
        _cache = cache ?? new EmbeddingCache(null, embedder.Model, QuantizedEmbedding.Length(embedder.Dimensions));
    }

    public int Dimensions => _embedder.Dimensions;

    /// <summary>The stored form of the article's embedding, from the cache when its text was embedded before.</summary>
    /// <param name="remember">False for text that is not kept (a draft): looked up, never added.</param>
    public byte[] Embed(Article article, bool remember = true)
    {
        var text = ArticleEmbeddingText.For(article);
        var key = EmbeddingCache.KeyOf(text);
        if (_cache.TryGet(key, out var stored))
        {
            return stored;
        }

        var vector = QuantizedEmbedding.Quantize(_embedder.Embed(text));
        if (remember)
        {
            _cache.Add(key, vector);
        }

        return vector;
    }
}
