using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Schema;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Related;

/// <summary>
/// The cosine signal is the cosine of term vectors computed from the articles' own analysed text: the source's
/// heaviest terms at (1 + ln tf) · idf², each candidate at (1 + ln tf) over its whole vector's length.
/// </summary>
public sealed class RelatedCosineTests
{
    [Fact]
    public void Each_candidates_cosine_is_the_one_computed_from_its_analysed_text()
    {
        var articles = TempIndex.SeedArticles();
        using var index = new TempIndex(articles);
        using var lease = index.Store.Acquire();
        var analyzer = AnalyzerFactory.CreateIndexAnalyzer();
        var byId = articles.ToDictionary(a => a.Id);
        foreach (var source in articles)
        {
            var profile = SourceProfile.Build(lease.Searcher.IndexReader, analyzer, new IndexedArticle(source, []), RelatedOptions.Default, indexed: true);
            var signals = new RelatedFinder(index.Store).Signals(source.Id)!;
            var expected = signals.ToDictionary(s => s.Id, s => Cosine(profile, byId[s.Id], analyzer));
            var best = expected.Values.Max();
            foreach (var (id, candidate) in signals)
            {
                Assert.Equal(best > 0 ? expected[id] / best : 0, candidate.Cosine, 3);
            }

            if (signals.Count > 0 && best > 0)
            {
                Assert.Equal(1f, signals.Max(s => s.Signals.Cosine), 5);
            }
        }
    }

    [Fact]
    public void A_long_article_naming_the_story_in_passing_scores_below_a_short_one_about_it()
    {
        var storm = new Article { Id = "storm", Title = "Storm floods Valencia", Body = "Floods hit Valencia after a storm; the Turia rose and rescuers evacuated Valencia's old town." };
        var focused = new Article { Id = "focused", Title = "Valencia counts flood damage", Body = "Valencia counts the damage after the storm and floods; the Turia burst its banks and rescuers evacuated the old town." };
        var roundup = new Article
        {
            Id = "roundup",
            Title = "The week in Europe",
            Body = "Valencia had a storm and floods, the Turia rose and rescuers evacuated the old town. "
                + string.Join(" ", Enumerable.Range(0, 60).Select(i => $"Elsewhere parliament{i % 7} debated budget{i % 11} tariffs{i % 5} and elections{i % 3} in capital{i % 13}.")),
        };
        var filler = Enumerable.Range(0, 20).Select(i => new Article { Id = $"filler-{i}", Title = $"Markets day {i}", Body = $"Shares traded{i} quietly as investors{i % 4} waited." });
        using var index = new TempIndex([storm, focused, roundup, .. filler]);

        var signals = new RelatedFinder(index.Store).Signals("storm")!.ToDictionary(s => s.Id, s => s.Signals);

        Assert.True(signals["focused"].Cosine > signals["roundup"].Cosine, $"focused {signals["focused"].Cosine}, round-up {signals["roundup"].Cosine}");
    }

    private static float Cosine(SourceProfile profile, Article candidate, global::Lucene.Net.Analysis.Analyzer analyzer)
    {
        var text = ArticleDocumentBuilder.FullText(candidate, ArticleDocumentBuilder.CaptionText(candidate));
        var counts = AnalyzerFactory.Terms(analyzer, ArticleFields.Text, text).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var length = MathF.Sqrt(counts.Values.Sum(c => (1 + MathF.Log(c)) * (1 + MathF.Log(c))));
        var dot = profile.CosineTerms.Sum(t => counts.TryGetValue(t.Term, out var tf) ? t.Weight * (1 + MathF.Log(tf)) : 0f);
        return length > 0 ? dot / length : 0f;
    }
}
