using Search.Core.Semantics;

namespace Search.Core.Tests.Support;

/// <summary>
/// A fast stand-in for the model: each lower-cased word adds one to a dimension chosen by its hash, and the vector
/// is normalised, so texts sharing words are close. Deterministic across processes.
/// </summary>
public sealed class WordHashEmbedder : ITextEmbedder
{
    public string Model => "word-hash-test";

    public int Dimensions => 64;

    public float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.Split([' ', '\n', '.', ',', '\'', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = 17u;
            foreach (var c in word.ToLowerInvariant())
            {
                hash = (hash * 31) + c;
            }

            vector[hash % Dimensions] += 1;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return norm == 0 ? vector : vector.Select(v => v / norm).ToArray();
    }

    public IReadOnlyList<float[]> EmbedBatch(IReadOnlyList<string> texts) => texts.Select(Embed).ToArray();
}
