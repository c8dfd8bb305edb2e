using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Schema;
using Search.Core.Semantics;

namespace Search.Core.Related;

/// <summary>
/// The articles' stored embeddings (<see cref="ArticleFields.Embedding"/>) in one index view, by top-level doc id,
/// and their closeness to a source vector. Like Lucene's doc values it is for one thread: make one per request.
/// </summary>
public sealed class EmbeddingValues
{
    private readonly BinaryDocValues? _values;
    private readonly BytesRef _bytes = new();

    public EmbeddingValues(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _values = MultiDocValues.GetBinaryValues(reader, ArticleFields.Embedding);
    }

    /// <summary>False when no document of the view has an embedding (semantic indexing off).</summary>
    public bool Any => _values is not null;

    /// <summary>The document's stored vector, or null when it has none.</summary>
    public byte[]? Get(int doc)
    {
        if (_values is null)
        {
            return null;
        }

        _values.Get(doc, _bytes);
        return _bytes.Length > QuantizedEmbedding.HeaderLength ? _bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length).ToArray() : null;
    }

    /// <summary>The cosine of the document's embedding with <paramref name="source"/>; 0 when either has none.</summary>
    public float Similarity(ReadOnlySpan<byte> source, int doc)
    {
        if (_values is null || source.IsEmpty)
        {
            return 0f;
        }

        _values.Get(doc, _bytes);
        return QuantizedEmbedding.Cosine(source, _bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length));
    }
}
