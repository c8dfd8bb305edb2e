using Search.Core.Semantics;

namespace Search.Core.Tests.Semantics;

/// <summary>The shipped model, for real: these load it once for the whole test process.</summary>
public sealed class MiniLmEmbedderTests
{
    private static readonly MiniLmEmbedder Model = MiniLmEmbedder.Shared;

    [Fact]
    public void Two_reports_of_one_quake_are_closer_than_a_quake_and_a_celebrity_in_rehab()
    {
        var quake = Model.Embed("Earthquake hits Indonesia");
        var sumatra = Model.Embed("Strong quake strikes Sumatra");
        var rehab = Model.Embed("Lindsay Lohan enters rehab");

        Assert.True(Cosine(quake, sumatra) > 0.5f, $"quake ~ Sumatra quake: {Cosine(quake, sumatra)}");
        Assert.True(Cosine(quake, rehab) < 0.2f, $"quake ~ rehab: {Cosine(quake, rehab)}");
        Assert.True(Cosine(sumatra, rehab) < 0.2f, $"Sumatra quake ~ rehab: {Cosine(sumatra, rehab)}");
    }

    [Fact]
    public void Vectors_have_the_model_s_384_dimensions_and_unit_length()
    {
        var vector = Model.Embed("Putin sends troops to Kazakhstan");

        Assert.Equal(384, Model.Dimensions);
        Assert.Equal(384, vector.Length);
        Assert.Equal(1f, Cosine(vector, vector), 3);
    }

    [Fact]
    public void A_batch_gives_the_vectors_of_one_call_per_text()
    {
        string[] texts = ["Earthquake hits Indonesia", "A much longer sentence about the central bank raising interest rates again"];

        var batch = Model.EmbedBatch(texts);

        Assert.Equal(2, batch.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(1f, Cosine(batch[i], Model.Embed(texts[i])), 3);
        }

        Assert.Empty(Model.EmbedBatch([]));
    }

    [Fact]
    public void Accents_curly_quotes_and_newlines_read_as_the_plain_words_they_stand_for()
    {
        Assert.Equal(1f, Cosine(Model.Embed("Protests in Zürich and São Paulo"), Model.Embed("Protests in Zurich and Sao Paulo")), 3);
        Assert.Equal(1f, Cosine(Model.Embed("Putin’s “special operation”"), Model.Embed("Putin's \"special operation\"")), 3);
        Assert.Equal(1f, Cosine(Model.Embed("Earthquake\nhits\tIndonesia"), Model.Embed("Earthquake hits Indonesia")), 3);
    }

    [Fact]
    public void Many_threads_share_the_one_model()
    {
        var expected = Model.Embed("Strong quake strikes Sumatra");

        var vectors = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(4).Select(_ => Model.Embed("Strong quake strikes Sumatra")).ToList();

        Assert.All(vectors, v => Assert.Equal(1f, Cosine(v, expected), 4));
    }

    [Fact]
    public void A_remembered_vector_is_handed_out_as_a_copy()
    {
        var first = Model.Embed("Kremlin sends more troops");
        first[0] = 42f;

        Assert.NotEqual(42f, Model.Embed("Kremlin sends more troops")[0]);
    }

    private static float Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
