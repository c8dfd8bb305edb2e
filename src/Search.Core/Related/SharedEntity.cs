namespace Search.Core.Related;

/// <summary>An entity both articles are about; <see cref="Type"/> is country, place, organisation or person.</summary>
public sealed record SharedEntity(string Id, string Name, string Type);
