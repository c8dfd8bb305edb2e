using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public sealed class EntityIdsTests
{
    [Theory]
    [InlineData(EntityKind.Person, "Kassym-Jomart Tokayev", "person:kassym-jomart-tokayev")]
    [InlineData(EntityKind.Person, "María Corina Machado", "person:maria-corina-machado")]
    [InlineData(EntityKind.Place, "N'Djamena", "place:ndjamena")]
    [InlineData(EntityKind.Place, "Washington D.C.", "place:washington-dc")]
    [InlineData(EntityKind.Organisation, "Collective Security Council", "org:collective-security-council")]
    [InlineData(EntityKind.Person, "Recep Tayyip Erdoğan", "person:recep-tayyip-erdogan")]
    public void Ids_are_kind_prefixed_lowercase_ascii_slugs(EntityKind kind, string name, string id) =>
        Assert.Equal(id, EntityIds.For(kind, name));

    [Fact]
    public void Country_ids_use_the_lowercase_alpha3_code() => Assert.Equal("country:rus", EntityIds.Country("RUS"));
}
