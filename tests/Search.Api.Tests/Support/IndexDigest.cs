using System.Security.Cryptography;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Api.Tests.Support;

/// <summary>What a replica serves, article by article: id to title and a hash of the stored article, to compare replicas.</summary>
internal static class IndexDigest
{
    public static IReadOnlyDictionary<string, (string Title, string Hash)> Of(IndexStore store)
    {
        var articles = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var lease = store.Acquire();
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                var stored = reader.Document(doc);
                var source = stored.GetBinaryValue(ArticleFields.Source);
                var hash = Convert.ToHexString(SHA256.HashData(source.Bytes.AsSpan(source.Offset, source.Length)));
                articles[stored.Get(ArticleFields.Id)] = (ArticleDocumentBuilder.ReadStored(stored).Article.Title, hash);
            }
        }

        return articles;
    }

    /// <summary>Opens a stopped replica's folder as its next start would (last commit plus its journal) and digests it.</summary>
    public static IReadOnlyDictionary<string, (string Title, string Hash)> OfFolder(string indexPath)
    {
        var options = Options.Create(new IndexingOptions { IndexPath = indexPath });
        using var store = new IndexStore(options, new ArticleDocumentBuilder(EntityExtractor.Default.Extract), NullLogger<IndexStore>.Instance);
        store.OpenExisting();
        return Of(store);
    }

    /// <summary>A hash of the whole set (ids and content), for one-line comparisons in messages.</summary>
    public static string Total(IReadOnlyDictionary<string, (string Title, string Hash)> digest) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', digest.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + " " + p.Value.Hash)))))[..16];
}
