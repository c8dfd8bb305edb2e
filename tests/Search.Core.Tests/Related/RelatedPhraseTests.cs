using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Schema;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Related;

/// <summary>
/// The phrase signal: the source's pairs of words that follow each other (stop words skipped) found in the same order
/// in a candidate (at most two stop words between), each weighing √(idf·idf), over the candidate's vector length. Two reports of one event repeat its names and phrases; another
/// event of the same kind shares the words in another order.
/// </summary>
public sealed class RelatedPhraseTests
{
    private static readonly Article Source = new()
    {
        Id = "source",
        Title = "Climber presumed dead on Mount Cook",
        Body = "A Perth doctor is presumed dead after a fall from Zurbriggens Ridge on Mount Cook. Rescuers searched the ridge for two days.",
    };

    // The same event: its names and phrases in the same order.
    private static readonly Article SameEvent = new()
    {
        Id = "same-event",
        Title = "Search ends for doctor on Mount Cook",
        Body = "Rescuers ended the search for the Perth doctor who fell from Zurbriggens Ridge on Mount Cook, presumed dead.",
    };

    // Another event of the same kind: the same words, never side by side as in the source.
    private static readonly Article OtherEvent = new()
    {
        Id = "other-event",
        Title = "Doctor rescued: a cook at the mountain hut",
        Body = "Rescuers reached a ridge where a climber fell; the doctor from Perth, a keen cook, was found alive. Zurbriggens guides and the mount rescue team praised the searched area.",
    };

    [Fact]
    public void The_profile_pairs_words_that_follow_each_other_skipping_stop_words()
    {
        var article = new Article { Id = "a", Title = "Bank of England raises rates", Body = "The Bank of England raised interest rates; Mount Cook stood still." };
        using var index = new TempIndex([article, SameEvent, OtherEvent, .. TempIndex.Filler()]);
        using var lease = index.Store.Acquire();
        var profile = SourceProfile.Build(lease.Searcher.IndexReader, AnalyzerFactory.CreateIndexAnalyzer(), new IndexedArticle(article, []), RelatedOptions.Default, indexed: false);
        var pairs = profile.Phrases.Select(p => (profile.ReadTerms[p.First], profile.ReadTerms[p.Second])).ToHashSet();

        Assert.Contains(("mount", "cook"), pairs);
        Assert.Contains(("interest", "rate"), pairs);
        Assert.Contains(("bank", "england"), pairs); // "of" skipped, as the index skips it
        Assert.DoesNotContain(("cook", "mount"), pairs); // order counts
        Assert.All(profile.Phrases, p => Assert.True(p.Weight > 0));
        Assert.Equal(profile.CosineTerms.Select(t => t.Term), profile.ReadTerms.Take(profile.CosineTerms.Count));
    }

    [Fact]
    public void Only_the_heaviest_phrases_are_kept()
    {
        using var index = new TempIndex([Source, SameEvent, OtherEvent, .. TempIndex.Filler()]);
        using var lease = index.Store.Acquire();
        var analyzer = AnalyzerFactory.CreateIndexAnalyzer();
        var all = SourceProfile.Build(lease.Searcher.IndexReader, analyzer, new IndexedArticle(Source, []), RelatedOptions.Default, indexed: true);
        var three = SourceProfile.Build(lease.Searcher.IndexReader, analyzer, new IndexedArticle(Source, []), RelatedOptions.Default with { MaxPhrasePairs = 3 }, indexed: true);

        Assert.True(all.Phrases.Count > 3, $"{all.Phrases.Count} phrases");
        Assert.Equal(3, three.Phrases.Count);
        Assert.Equal(all.Phrases.Select(p => p.Weight).OrderDescending().Take(3), three.Phrases.Select(p => p.Weight));
    }

    [Fact]
    public void The_same_events_phrases_score_and_the_same_words_in_another_order_do_not()
    {
        using var index = new TempIndex([Source, SameEvent, OtherEvent, .. TempIndex.Filler()]);
        var signals = new RelatedFinder(index.Store).Signals("source")!.ToDictionary(s => s.Id, s => s.Signals);

        Assert.Equal(1f, signals["same-event"].Phrases, 4);
        Assert.Equal(0f, signals["other-event"].Phrases);
    }

    [Fact]
    public void With_only_the_phrase_signal_the_same_event_leads()
    {
        using var index = new TempIndex([Source, SameEvent, OtherEvent, .. TempIndex.Filler()]);
        var options = RelatedOptions.Default with
        {
            TextWeight = 0,
            CosineWeight = 0,
            TitleWeight = 0,
            EntityWeight = 0,
            SemanticWeight = 0,
            PhraseWeight = 1,
            RecencyWeight = 0,
        };

        var related = new RelatedFinder(index.Store, options).ForArticle("source", 5)!;

        Assert.Equal("same-event", related[0].Id);
        Assert.DoesNotContain(related, r => r.Id == "other-event"); // scores 0, so it is left out
    }

    [Fact]
    public void The_reasons_show_the_shared_phrases_as_the_source_wrote_them_and_then_other_words()
    {
        using var index = new TempIndex([Source, SameEvent, OtherEvent, .. TempIndex.Filler()]);

        var related = new RelatedFinder(index.Store).ForArticle("source", 5)!;

        var terms = related.Single(r => r.Id == "same-event").Reasons.SharedTerms;
        Assert.Contains("presumed dead", terms);
        Assert.Contains("Perth doctor", terms);
        Assert.DoesNotContain("Perth", terms); // already shown in a phrase
        Assert.DoesNotContain(terms, t => t.Contains('.', StringComparison.Ordinal)); // "Cook. Rescuers" spans two sentences
        Assert.True(terms.Count <= 6);
        var other = related.SingleOrDefault(r => r.Id == "other-event");
        Assert.True(other is null || other.Reasons.SharedTerms.All(t => !t.Contains(' ', StringComparison.Ordinal)), "no phrase is shared with the other event");
    }

    [Fact]
    public void The_phrase_weight_is_validated_like_the_other_weights()
    {
        Assert.Contains((RelatedOptions.Default with { PhraseWeight = 1.5f }).Problems(), p => p.Contains("PhraseWeight", StringComparison.Ordinal));
        Assert.Contains((RelatedOptions.Default with { MaxPhrasePairs = -1 }).Problems(), p => p.Contains("MaxPhrasePairs", StringComparison.Ordinal));
        Assert.Empty(RelatedOptions.Default.Problems());
    }
}
