using Search.Evaluation.Baselines;

namespace Search.Evaluation.Tests.Baselines;

/// <summary>The TF-IDF baseline on four hand-made documents, every number worked out by hand from its definition.</summary>
public sealed class TfIdfCosineTests
{
    private const double Tolerance = 1e-12;

    // N = 4. Document frequencies: quake 2 (a, b), java 2 (a, c), every other word 1; "a" and "in" are stop words.
    private static readonly TfIdfCosine Model = new(
    [
        ("a", "Quake hits Java\nA strong quake hits Java."),
        ("b", "Quake in Sumatra\nQuake shakes Sumatra"),
        ("c", "Election in Java\nVoters in Java"),
        ("d", "Cup final\nTeam wins cup"),
    ]);

    private static readonly double Ln2 = Math.Log(2);
    private static readonly double Ln4 = Math.Log(4);

    [Fact]
    public void Tokens_are_lower_cased_runs_of_letters_and_digits_without_stop_words()
    {
        Assert.Equal(["u", "s", "reid", "s", "33rd", "end", "ümlaut"], TfIdfCosine.Tokenize("U.S. Reid's 33rd, THE end: Ümlaut!"));
    }

    [Fact]
    public void Weights_are_one_plus_log_tf_times_log_N_over_df()
    {
        Assert.Equal(Ln2, Model.Idf("quake"), Tolerance);
        Assert.Equal(Ln4, Model.Idf("strong"), Tolerance);
        Assert.Equal(0, Model.Idf("absent"));

        var a = Model.Weights("a");
        Assert.Equal(["hits", "java", "quake", "strong"], a.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((1 + Ln2) * Ln2, a["quake"], Tolerance); // tf 2, df 2
        Assert.Equal((1 + Ln2) * Ln4, a["hits"], Tolerance);  // tf 2, df 1
        Assert.Equal(Ln4, a["strong"], Tolerance);            // tf 1, df 1
        Assert.DoesNotContain("in", Model.Weights("b").Keys);
    }

    [Fact]
    public void Cosine_divides_the_shared_weights_by_both_vector_lengths()
    {
        var shared = (1 + Ln2) * Ln2; // quake in a and b, java in a and c: tf 2, df 2 everywhere
        var a = Length(shared, (1 + Ln2) * Ln4, shared, Ln4);
        var b = Length(shared, (1 + Ln2) * Ln4, Ln4);
        var c = Length(Ln4, shared, Ln4);

        Assert.Equal(shared * shared / (a * b), Model.Cosine("a", "b"), Tolerance);
        Assert.Equal(shared * shared / (a * c), Model.Cosine("a", "c"), Tolerance);
        Assert.Equal(0, Model.Cosine("a", "d"));
        Assert.Equal(1, Model.Cosine("d", "d"), Tolerance);
    }

    [Fact]
    public void Most_similar_ranks_by_cosine_leaves_out_the_source_and_documents_sharing_nothing()
    {
        // b says "Sumatra" twice where c's other words come once: c's vector is shorter, so what a shares with it weighs more.
        var similar = Model.MostSimilar("a", 5);

        Assert.Equal(["c", "b"], similar.Select(s => s.Id));
        Assert.Equal(Model.Cosine("a", "c"), similar[0].Cosine, Tolerance);
        Assert.Empty(Model.MostSimilar("d", 5));
        Assert.Equal(["c"], Model.MostSimilar("a", 1).Select(s => s.Id));
    }

    [Fact]
    public void Equal_cosines_are_ordered_by_id()
    {
        var model = new TfIdfCosine([("q", "alpha beta"), ("z", "alpha delta"), ("y", "alpha delta"), ("o", "epsilon")]);

        Assert.Equal(["y", "z"], model.MostSimilar("q", 5).Select(s => s.Id));
    }

    [Fact]
    public void A_repeated_id_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TfIdfCosine([("x", "one"), ("x", "two")]));
    }

    private static double Length(params double[] weights) => Math.Sqrt(weights.Sum(w => w * w));
}
