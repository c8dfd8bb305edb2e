namespace Search.Synthetic.Stories;

/// <summary>Where an article sits in its thread: the root article's index and how long after the root it ran.</summary>
internal readonly record struct ThreadPosition(long Root, long OffsetSeconds)
{
    public bool IsFollowUp => OffsetSeconds > 0;
}
