using Search.Core.Semantics;

namespace Search.Core.Tests.Semantics;

public sealed class QuantizedEmbeddingTests
{
    [Fact]
    public void Quantised_cosine_is_within_two_hundredths_of_the_float_cosine()
    {
        var random = new Random(7);
        var worst = 0f;
        for (var pair = 0; pair < 500; pair++)
        {
            var a = UnitVector(random, 384);
            // Mix in a share of a, so the pairs range from unrelated to near-identical.
            var b = Normalise(UnitVector(random, 384).Zip(a, (x, y) => x + (float)(pair / 100.0) * y).ToArray());
            var exact = a.Zip(b, (x, y) => x * y).Sum();

            var estimate = QuantizedEmbedding.Cosine(QuantizedEmbedding.Quantize(a), QuantizedEmbedding.Quantize(b));

            worst = Math.Max(worst, Math.Abs(exact - estimate));
        }

        Assert.True(worst < 0.02f, $"worst error {worst}");
    }

    [Fact]
    public void A_vector_is_a_byte_per_dimension_after_a_five_byte_header_and_its_own_cosine_is_one()
    {
        var vector = QuantizedEmbedding.Quantize(UnitVector(new Random(1), 384));

        Assert.Equal(389, vector.Length);
        Assert.True(QuantizedEmbedding.IsValid(vector, 384));
        Assert.Equal(1f, QuantizedEmbedding.Cosine(vector, vector), 5);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(100)]
    [InlineData(384)]
    public void The_wide_dot_product_matches_the_plain_one_at_any_length(int length)
    {
        var random = new Random(length);
        var a = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
        var b = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();

        Assert.Equal(a.Zip(b, (x, y) => x * y).Sum(), QuantizedEmbedding.Dot(a, b));
    }

    [Fact]
    public void Missing_or_mismatched_vectors_have_no_similarity()
    {
        var a = QuantizedEmbedding.Quantize(UnitVector(new Random(1), 384));
        var shorter = QuantizedEmbedding.Quantize(UnitVector(new Random(2), 64));
        var otherFormat = (byte[])a.Clone();
        otherFormat[0] = 99;

        Assert.Equal(0f, QuantizedEmbedding.Cosine(a, []));
        Assert.Equal(0f, QuantizedEmbedding.Cosine(a, shorter));
        Assert.Equal(0f, QuantizedEmbedding.Cosine(a, otherFormat));
        Assert.Equal(0f, QuantizedEmbedding.Cosine(QuantizedEmbedding.Quantize(new float[384]), a));
    }

    private static float[] UnitVector(Random random, int dimensions) =>
        Normalise(Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() * 2 - 1) * (float)random.NextDouble()).ToArray());

    private static float[] Normalise(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return vector.Select(v => v / norm).ToArray();
    }
}
