namespace Search.Core.Entities;

/// <summary>What one article says about one entity while it is being scanned.</summary>
internal sealed class EntityTally(string id, string name, EntityKind kind, EntityDefinition? known, string? surname)
{
    // A mention through a person or place ("the Kremlin" for Russia) counts half a direct one.
    private const float ImpliedShare = 0.5f;

    public string Id { get; } = id;

    public string Name { get; } = name;

    public EntityKind Kind { get; } = kind;

    /// <summary>The dictionary entry, or null for a proper noun found only in this article.</summary>
    public EntityDefinition? Known { get; } = known;

    /// <summary>Last word of a person's name, for resolving a later bare "Tokayev".</summary>
    public string? Surname { get; } = surname;

    public float Direct { get; set; }

    public float Implied { get; set; }

    public int Mentions { get; set; }

    /// <summary>Mentions that a word before marks as the place itself ("in San Diego"), not a team named after it.</summary>
    public int LocativeMentions { get; set; }

    /// <summary>Grows with every mention but ever more slowly: the tenth "Russia" adds little.</summary>
    public float Score => MathF.Log(1f + Direct + ImpliedShare * Implied);
}
