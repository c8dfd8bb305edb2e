using System.Text.Json;
using Search.Core.Articles;
using Search.Core.Related;
using Search.Core.Semantics;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Related;

/// <summary>The semantic signal reaches the re-rank: candidates carry the cosine of the two articles' embeddings.</summary>
public sealed class RelatedSemanticTests
{
    private const string Kazakhstan = "kazakhstan-the-west-wing-in-a-g-zero-world";

    [Fact]
    public void With_no_semantic_weight_embeddings_change_no_list()
    {
        var articles = TempIndex.SeedArticles();
        using var plain = new TempIndex(articles);
        using var embedded = new TempIndex(articles, embedder: new ArticleEmbedder(new WordHashEmbedder()));

        var withoutMeaning = RelatedOptions.Default with { SemanticWeight = 0 };
        foreach (var article in articles)
        {
            Assert.Equal(
                JsonSerializer.Serialize(new RelatedFinder(plain.Store, withoutMeaning).ForArticle(article.Id, 5)),
                JsonSerializer.Serialize(new RelatedFinder(embedded.Store, withoutMeaning).ForArticle(article.Id, 5)));
        }
    }

    [Fact]
    public void An_indexed_article_s_candidates_are_scored_by_closeness_in_meaning()
    {
        using var index = new TempIndex(TempIndex.SeedArticles(), embedder: new ArticleEmbedder(new WordHashEmbedder()));
        var finder = new RelatedFinder(index.Store, RelatedOptions.Default with { SemanticWeight = 0.2f });

        var items = finder.ForArticle(Kazakhstan, 5)!;

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(i.Reasons.Contributions.Semantic > 0, $"{i.Id} has no semantic contribution"));
    }

    [Fact]
    public void A_draft_is_embedded_on_the_fly_only_when_the_finder_has_an_embedder()
    {
        var articles = TempIndex.SeedArticles();
        var embedder = new ArticleEmbedder(new WordHashEmbedder());
        using var index = new TempIndex(articles, embedder: embedder);
        var options = RelatedOptions.Default with { SemanticWeight = 0.2f };
        var source = articles.Single(a => a.Id == Kazakhstan);
        var draft = new Article { Id = "draft-1", Title = source.Title, Body = source.Body, Summary = source.Summary };

        var withEmbedder = new RelatedFinder(index.Store, options, embedder: embedder).ForDraft(draft, 5);
        var without = new RelatedFinder(index.Store, options).ForDraft(draft, 5);

        Assert.All(withEmbedder, i => Assert.True(i.Reasons.Contributions.Semantic > 0, $"{i.Id} has no semantic contribution"));
        Assert.All(without, i => Assert.Equal(0f, i.Reasons.Contributions.Semantic));
    }
}
