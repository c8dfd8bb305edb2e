namespace Search.Core.Entities;

/// <summary>What an <see cref="ArticleEntity"/> names.</summary>
public enum EntityKind
{
    Country,
    Place,
    Organisation,
    Person,
}
