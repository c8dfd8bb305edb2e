using Search.Core.Articles;
using Search.Core.Semantics;

namespace Search.Core.Tests.Semantics;

public sealed class ArticleEmbeddingTextTests
{
    [Fact]
    public void Headline_then_separate_summary_then_the_body_s_opening()
    {
        var article = new Article { Id = "a", Title = "Quake hits Sumatra", Summary = "Hundreds feared dead.", Body = "A strong earthquake struck." };

        Assert.Equal("Quake hits Sumatra. Hundreds feared dead. A strong earthquake struck.", ArticleEmbeddingText.For(article));
    }

    [Fact]
    public void A_summary_the_body_opens_with_is_read_once()
    {
        var article = new Article { Id = "a", Title = "Quake hits Sumatra?", Summary = "A strong earthquake struck.", Body = "A strong earthquake struck. More follows." };

        Assert.Equal("Quake hits Sumatra? A strong earthquake struck. More follows.", ArticleEmbeddingText.For(article));
    }

    [Fact]
    public void A_long_body_is_cut_at_a_word_within_the_bound()
    {
        var body = string.Join(' ', Enumerable.Repeat("earthquake", 500));
        var text = ArticleEmbeddingText.For(new Article { Id = "a", Title = "Quake", Body = body });

        Assert.True(text.Length <= ArticleEmbeddingText.MaxChars, $"{text.Length} chars");
        Assert.True(text.Length > ArticleEmbeddingText.MaxChars - 20, $"{text.Length} chars");
        Assert.EndsWith("earthquake", text);
    }
}
