namespace Search.Api.Tests.Support;

/// <summary>The read-only test classes share one ready host on the seed corpus instead of starting one each.</summary>
[CollectionDefinition(Name)]
public sealed class SeedApiCollection : ICollectionFixture<SeedApiFixture>
{
    public const string Name = "Seed API";
}
