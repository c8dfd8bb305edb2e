using Search.Evaluation.Related;
using Search.Synthetic;

namespace Search.Evaluation.Tests.Related;

public sealed class SyntheticThreadsTests
{
    [Fact]
    public void Articles_are_labeled_by_their_thread_and_a_thread_of_one_is_only_a_distractor()
    {
        var articles = SyntheticThreads.Generate(500, seed: 42);
        var generator = new NewsroomGenerator(42);

        Assert.Equal(500, articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var label = SyntheticThreads.Label(generator.ThreadRoot(i));
            Assert.Equal([label], articles[i].Labels);
            Assert.Equal(articles.Count(a => a.Labels.Contains(label)) == 1, articles[i].IsDistractor);
        }

        // About a third of articles continue a thread, so both kinds must be there.
        Assert.Contains(articles, a => a.IsDistractor);
        Assert.Contains(articles, a => !a.IsDistractor);
    }
}
