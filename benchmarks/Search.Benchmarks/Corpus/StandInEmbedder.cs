using Search.Core.Semantics;

namespace Search.Benchmarks.Corpus;

/// <summary>
/// A deterministic stand-in for MiniLM with its shape (384 dimensions, unit length): each word adds ±1 to a dimension
/// chosen by its hash. The index stores and the related path reads these vectors exactly as it does the model's, so a
/// benchmark measures what the semantic signal costs a query at a size the model would take hours to embed (1M:
/// ~3.9 h here); what it cannot measure is the model's quality, which <c>eval-related</c> does.
/// </summary>
public sealed class StandInEmbedder : ITextEmbedder
{
    public string Model => "stand-in-word-hash-384";

    public int Dimensions => 384;

    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var vector = new float[Dimensions];
        foreach (var word in text.Split([' ', '\n', '\t', '.', ',', ';', ':', '"', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = 2166136261u;
            foreach (var c in word)
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 16777619u;
            }

            vector[hash % (uint)Dimensions] += (hash & 0x8000_0000u) == 0 ? 1f : -1f;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }

        return vector;
    }

    public IReadOnlyList<float[]> EmbedBatch(IReadOnlyList<string> texts) => texts.Select(Embed).ToArray();
}
