using Search.Core.Semantics;

namespace Search.Core.Tests.Support;

/// <summary>Passes every call to another embedder and counts the texts it was asked to embed.</summary>
public sealed class CountingEmbedder(ITextEmbedder inner) : ITextEmbedder
{
    private int _texts;

    public int Texts => Volatile.Read(ref _texts);

    public string Model => inner.Model;

    public int Dimensions => inner.Dimensions;

    public float[] Embed(string text)
    {
        Interlocked.Increment(ref _texts);
        return inner.Embed(text);
    }

    public IReadOnlyList<float[]> EmbedBatch(IReadOnlyList<string> texts)
    {
        Interlocked.Add(ref _texts, texts.Count);
        return inner.EmbedBatch(texts);
    }
}
