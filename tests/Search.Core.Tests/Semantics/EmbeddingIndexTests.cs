using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Related;
using Search.Core.Schema;
using Search.Core.Semantics;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Semantics;

/// <summary>Embeddings through the index: computed by the document builder, cached across rebuilds, read back from doc values.</summary>
public sealed class EmbeddingIndexTests
{
    [Fact]
    public void A_rebuild_embeds_only_the_article_whose_text_changed()
    {
        var articles = TempIndex.SeedArticles();
        var counting = new CountingEmbedder(new WordHashEmbedder());
        var folder = Directory.CreateTempSubdirectory("embedding-rebuild").FullName;
        try
        {
            Rebuild(folder, articles, counting);
            Assert.Equal(articles.Count, counting.Texts);

            // A restart (a new cache over the same file) and one article's headline edited; the other articles' captions
            // changed too, which is not embedded text.
            var edited = articles.Select((a, i) => i == 3 ? a with { Title = a.Title + " (updated)" } : a with { Images = [] }).ToList();
            Rebuild(folder, edited, counting);
            Assert.Equal(articles.Count + 1, counting.Texts);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Each_document_holds_its_article_s_vector_in_doc_values()
    {
        var articles = TempIndex.SeedArticles();
        var embedder = new ArticleEmbedder(new WordHashEmbedder());
        using var index = new TempIndex(articles, embedder: embedder);
        using var lease = index.Store.Acquire();
        var values = new EmbeddingValues(lease.Searcher.IndexReader);

        Assert.True(values.Any);
        foreach (var article in articles)
        {
            var doc = ArticleLookup.FindWithDoc(lease.Searcher, article.Id)!.Value.Doc;
            var expected = embedder.Embed(article);
            Assert.Equal(expected, values.Get(doc));
            Assert.Equal(1f, values.Similarity(expected, doc), 4);
        }
    }

    [Fact]
    public void Without_an_embedder_documents_have_no_vector_and_no_similarity()
    {
        using var index = new TempIndex(TempIndex.SeedArticles());
        using var lease = index.Store.Acquire();
        var values = new EmbeddingValues(lease.Searcher.IndexReader);
        var source = new ArticleEmbedder(new WordHashEmbedder()).Embed(TempIndex.SeedArticles()[0]);

        Assert.False(values.Any);
        Assert.Null(values.Get(0));
        Assert.Equal(0f, values.Similarity(source, 0));
        Assert.Empty(SemanticNeighbours.Nearest(lease.Searcher.IndexReader, source, 5));
    }

    [Fact]
    public void Nearest_finds_the_closest_live_documents_and_never_an_excluded_one()
    {
        var articles = TempIndex.SeedArticles();
        var embedder = new ArticleEmbedder(new WordHashEmbedder());
        using var index = new TempIndex(articles, embedder: embedder);
        index.Store.Delete(articles[1].Id);
        using var lease = index.Store.Acquire();
        var reader = lease.Searcher.IndexReader;
        var source = embedder.Embed(articles[0]);
        var self = ArticleLookup.FindWithDoc(lease.Searcher, articles[0].Id)!.Value.Doc;

        var all = SemanticNeighbours.Nearest(reader, source, 20);
        var others = SemanticNeighbours.Nearest(reader, source, 3, new HashSet<int> { self });

        Assert.Equal(articles.Count - 1, all.Count);
        Assert.Equal(self, all[0].Doc);
        Assert.Equal(1f, all[0].Similarity, 4);
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity));
        Assert.Equal(all.Skip(1).Take(3).Select(n => n.Doc), others.Select(n => n.Doc));
    }

    [Fact]
    public void A_scan_limit_reads_only_the_newest_documents()
    {
        var articles = TempIndex.SeedArticles();
        var embedder = new ArticleEmbedder(new WordHashEmbedder());
        using var index = new TempIndex(articles, embedder: embedder);
        var late = articles[0] with { Id = "late-copy" };
        index.Store.Upsert(late); // a newer segment at the archive's end
        using var lease = index.Store.Acquire();
        var reader = lease.Searcher.IndexReader;
        var source = embedder.Embed(articles[0]);
        var lateDoc = ArticleLookup.FindWithDoc(lease.Searcher, late.Id)!.Value.Doc;

        var newestOnly = SemanticNeighbours.Nearest(reader, source, 20, scanLimit: 1);
        var newestThree = SemanticNeighbours.Nearest(reader, source, 20, scanLimit: 3);

        Assert.Equal([lateDoc], newestOnly.Select(n => n.Doc));
        Assert.Equal(3, newestThree.Count);
        Assert.All(newestThree, n => Assert.True(n.Doc >= reader.MaxDoc - 3, $"doc {n.Doc} is older than the newest three"));
    }

    /// <summary>A full rebuild as a fresh process does it: the cache file beside the generations, opened at start.</summary>
    private static void Rebuild(string folder, IReadOnlyList<Article> articles, ITextEmbedder embedder)
    {
        using var cache = new EmbeddingCache(Path.Combine(folder, SemanticOptions.DefaultCacheFile), embedder.Model, QuantizedEmbedding.Length(embedder.Dimensions));
        var documents = new ArticleDocumentBuilder(_ => [], new ArticleEmbedder(embedder, cache));
        using var store = new IndexStore(Options.Create(new IndexingOptions { IndexPath = folder, RamBufferMb = 16 }), documents, NullLogger<IndexStore>.Instance);
        store.OpenExisting();
        store.Rebuild(articles, "test", new CorpusReport());
    }
}
