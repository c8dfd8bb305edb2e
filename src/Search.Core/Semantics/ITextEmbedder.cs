namespace Search.Core.Semantics;

/// <summary>
/// Turns text into a sentence embedding: a unit-length vector whose dot product with another is the cosine of
/// their meanings. Implementations are safe to call from many threads at once.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the model and its version: vectors of two models are not comparable, so caches are keyed by it.</summary>
    string Model { get; }

    int Dimensions { get; }

    /// <summary>The L2-normalised embedding of <paramref name="text"/>.</summary>
    float[] Embed(string text);

    /// <summary>The embeddings of several texts, in order; one model call, which amortises its fixed cost.</summary>
    IReadOnlyList<float[]> EmbedBatch(IReadOnlyList<string> texts);
}
