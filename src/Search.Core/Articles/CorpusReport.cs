namespace Search.Core.Articles;

/// <summary>Running counts of one corpus read: what was read, skipped and replaced, and how far through the bytes it is.</summary>
public sealed class CorpusReport
{
    private long _bytesRead;

    public int Articles { get; internal set; }
    public int Skipped { get; internal set; }
    public int Duplicates { get; internal set; }
    public int Files { get; internal set; }
    public int FailedFiles { get; internal set; }
    public long BytesTotal { get; internal set; }

    /// <summary>Bytes of corpus files consumed so far (compressed bytes for .gz): the basis of an ETA.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    internal void SetBytesRead(long value) => Interlocked.Exchange(ref _bytesRead, value);
}
