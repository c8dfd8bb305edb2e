using Search.Core.Articles;
using Search.Evaluation.Related;

namespace Search.Evaluation.Tests.Related;

/// <summary>
/// The ECB+ arithmetic on a hand-made labeled set: topic t1 holds two events (a: 3 texts, b: 2), topic t2
/// one event of 7 texts (c). A hit is the same event; the same topic but the other event is a confusion.
/// </summary>
public sealed class RelatedMetricsTests
{
    private static readonly LabeledNewsArticle[] Corpus =
    [
        .. Texts("a", "t1", 3),
        .. Texts("b", "t1", 2),
        .. Texts("c", "t2", 7),
    ];

    private static readonly Dictionary<string, LabeledNewsArticle> ById = Corpus.ToDictionary(a => a.Article.Id);

    private static readonly RelatedDataset Set = RelatedDataset.Generated("hand-made", "three events in two topics", () => Corpus);

    [Fact]
    public void Mates_are_the_other_texts_of_the_same_event()
    {
        Assert.Equal(2, RelatedMetrics.Mates(Set, ById["a1"], Corpus));
        Assert.Equal(1, RelatedMetrics.Mates(Set, ById["b1"], Corpus));
        Assert.Equal(6, RelatedMetrics.Mates(Set, ById["c1"], Corpus));
    }

    [Fact]
    public void A_list_is_judged_on_its_first_five_with_unknown_ids_as_misses()
    {
        var judged = Judge("a1", "b1", "c1", "a2", "b2", "nobody", "a3");

        Assert.Equal(new RelatedJudgement("a1", Hits: 1, Confusions: 2, Mates: 2, Results: 6), judged);
    }

    [Fact]
    public void Precision_confusion_and_ceiling_divide_by_five_slots_per_query()
    {
        RelatedJudgement[] judged =
        [
            Judge("a1", "b1", "c1", "a2", "b2", "c2", "a3"), // 1 hit (a3 is sixth), 2 confusions, 2 mates
            Judge("b1", "b2", "a1"),                         // 1 hit, 1 confusion, 1 mate, a short list
            Judge("c1", "c2", "c3", "c4", "c5", "a1"),       // 4 hits, 0 confusions (a1 is another topic), 6 mates
        ];

        Assert.Equal((1 + 1 + 4) / 15.0, RelatedMetrics.PrecisionAt5(judged), 12);
        Assert.Equal((2 + 1 + 0) / 15.0, RelatedMetrics.ConfusionRate(judged), 12);
        Assert.Equal((2 + 1 + 5) / 15.0, RelatedMetrics.Ceiling(judged), 12);
        Assert.Equal(1.0, RelatedMetrics.SuccessAt5(judged), 12);
        Assert.Equal((1 / 2.0 + 1 / 1.0 + 4 / 5.0) / 3, RelatedMetrics.MatesFound(judged), 12);
        Assert.Equal((6 + 2 + 5) / 3.0, RelatedMetrics.MeanResults(judged), 12);
    }

    [Fact]
    public void The_score_carries_confusion_only_where_the_set_has_topics()
    {
        RelatedJudgement[] judged = [Judge("b1", "a1", "b2")];

        var withTopics = RelatedScore.From("x", judged, [2.0], hasTopics: true);
        var without = RelatedScore.From("x", judged, [2.0], hasTopics: false);

        Assert.Equal(1 / 5.0, withTopics.PrecisionAt5, 12);
        Assert.Equal(1 / 5.0, withTopics.ConfusionRate!.Value, 12);
        Assert.Null(without.ConfusionRate);
        Assert.Equal(2.0, withTopics.Latency.P50Ms);
    }

    [Fact]
    public void An_ECB_plus_line_is_labeled_by_its_event_under_its_topic()
    {
        var text = LabeledNewsReader.Parse(
            """{"id": "ecbp-1-1ecb", "title": "Another star in rehab", "body": "Tara Reid has entered rehab.", "category": null, "date": null, "source": "ECB+", "story": "1-ecb", "topic": "t1"}""");

        Assert.Equal(["1-ecb"], text.Labels);
        Assert.Equal("t1", text.Topic);
        Assert.False(text.IsDistractor);
        Assert.True(RelatedDataset.EcbPlus.IsQuery(text));
    }

    private static RelatedJudgement Judge(string query, params string[] ranked) =>
        RelatedMetrics.Judge(Set, ById[query], ranked, ById, RelatedMetrics.Mates(Set, ById[query], Corpus));

    private static IEnumerable<LabeledNewsArticle> Texts(string story, string topic, int count) =>
        Enumerable.Range(1, count).Select(i => Text($"{story}{i}", story, topic));

    private static LabeledNewsArticle Text(string id, string story, string topic)
    {
        var article = new Article { Id = id, Title = $"{story} {id}", Body = $"text {id} of event {story}" };
        return new LabeledNewsArticle(article, new HashSet<string> { story }, IsDistractor: false) { Topic = topic };
    }
}
