namespace Search.Core.Entities;

/// <summary>What else a known organisation is, where that changes how a mention of it is read.</summary>
[Flags]
internal enum EntityTraits
{
    None = 0,

    /// <summary>A sports team.</summary>
    Team = 1,

    /// <summary>A news organisation or agency.</summary>
    Media = 2,
}
