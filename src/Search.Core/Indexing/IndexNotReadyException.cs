namespace Search.Core.Indexing;

/// <summary>Thrown when a search arrives before the first index is committed; the host answers 503.</summary>
public sealed class IndexNotReadyException() : InvalidOperationException("The index is not built yet.");
