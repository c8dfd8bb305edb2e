using Search.Core.Articles;
using Search.Core.Related;
using Search.Core.Semantics;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Related;

/// <summary>
/// A source that says little in words (a draft of a headline and a line) draws candidates by meaning: the nearest
/// articles by embedding join the text and entity queries' few candidates.
/// </summary>
public sealed class RelatedThinSourceTests
{
    private static readonly Article[] Archive =
    [
        new() { Id = "recall", Title = "Carmaker recalls sedans", Body = "The company recalled 40,000 sedans after a brake fault was found in testing." },
        new() { Id = "recall-hidden", Title = "Sedans recalled over brakes", Body = "Owners of the sedans were told to return them to dealers.", ExcludeFromRelated = true },
        new() { Id = "valley", Title = "Storm floods valley", Body = "Heavy rain overnight flooded farms and closed two bridges in the valley." },
        new() { Id = "downpour", Title = "Downpour swamps town", Body = "Deluge after deluge, downpour after downpour." },
        new() { Id = "budget", Title = "Council passes budget", Body = "The council approved next year's budget after a long debate on school funding." },
        new() { Id = "match", Title = "Late goal wins derby", Body = "A header in stoppage time settled the derby in front of a full stadium." },
    ];

    private static readonly Article Draft = new() { Id = "draft", Title = "Automobile", Body = "Automobile." };

    [Fact]
    public void A_draft_sharing_no_word_with_the_archive_finds_the_story_closest_in_meaning()
    {
        var embedder = new ArticleEmbedder(new ConceptEmbedder());
        using var index = new TempIndex(Archive, embedder: embedder);

        var items = new RelatedFinder(index.Store, embedder: embedder).ForDraft(Draft, 3);

        Assert.NotEmpty(items);
        Assert.Equal("recall", items[0].Id);
        Assert.True(items[0].Reasons.Contributions.Semantic > 0);
        Assert.DoesNotContain(items, i => i.Id == "recall-hidden"); // kept out of related lists, whatever drew it
    }

    [Fact]
    public void What_is_merely_the_least_far_is_not_drawn()
    {
        var embedder = new ArticleEmbedder(new ConceptEmbedder());
        using var index = new TempIndex(Archive, embedder: embedder);
        var draft = new Article { Id = "draft-2", Title = "Orchestra", Body = "Orchestra." };

        Assert.Empty(new RelatedFinder(index.Store, embedder: embedder).ForDraft(draft, 3));
        Assert.NotEmpty(new RelatedFinder(index.Store, RelatedOptions.Default with { SemanticCandidateFloor = -1 }, embedder: embedder).ForDraft(draft, 3));
    }

    [Fact]
    public void Without_embeddings_or_with_the_thin_source_rule_off_the_same_draft_finds_nothing()
    {
        var embedder = new ArticleEmbedder(new ConceptEmbedder());
        using var embedded = new TempIndex(Archive, embedder: embedder);
        using var plain = new TempIndex(Archive);
        var off = RelatedOptions.Default with { ThinSourceTerms = 0, ThinSourceCandidates = 0 };

        Assert.Empty(new RelatedFinder(plain.Store).ForDraft(Draft, 3));
        Assert.Empty(new RelatedFinder(embedded.Store, off, embedder: embedder).ForDraft(Draft, 3));
    }

    [Fact]
    public void An_indexed_brief_never_lists_itself_when_meaning_draws_its_candidates()
    {
        var embedder = new ArticleEmbedder(new ConceptEmbedder());
        using var index = new TempIndex(Archive, embedder: embedder);

        var items = new RelatedFinder(index.Store).ForArticle("valley", 4)!;

        Assert.Equal("downpour", items[0].Id); // no word in common, one meaning
        Assert.DoesNotContain(items, i => i.Id is "valley" or "recall-hidden");
    }
}
