using Search.Core.Semantics;

namespace Search.Core.Tests.Support;

/// <summary>
/// A stand-in for the model that knows synonyms: words of one concept (car, automobile, sedan) share a dimension, any
/// other word lands on one chosen by its hash, and the vector is normalised. Two texts with no word in common can be
/// close, which is what the semantic candidate source is for.
/// </summary>
public sealed class ConceptEmbedder : ITextEmbedder
{
    private static readonly string[][] Concepts =
    [
        ["car", "cars", "automobile", "automobiles", "sedan", "sedans", "carmaker", "vehicle", "vehicles"],
        ["flood", "floods", "rain", "storm", "deluge", "downpour"],
    ];

    public string Model => "concept-test";

    public int Dimensions => 64;

    public float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split([' ', '\n', '.', ',', '\'', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            var concept = Array.FindIndex(Concepts, c => c.Contains(word));
            if (concept >= 0)
            {
                vector[concept] += 1;
                continue;
            }

            var hash = 17u;
            foreach (var c in word)
            {
                hash = (hash * 31) + c;
            }

            vector[Concepts.Length + (int)(hash % (uint)(Dimensions - Concepts.Length))] += 1;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return norm == 0 ? vector : vector.Select(v => v / norm).ToArray();
    }

    public IReadOnlyList<float[]> EmbedBatch(IReadOnlyList<string> texts) => texts.Select(Embed).ToArray();
}
