namespace Search.Core.Entities;

// Id is a canonical, stable, lowercase ascii id usable as an exact Lucene term, e.g. "country:rus",
// "org:csto", "person:vladimir-putin", "place:moscow". Name is the display name ("Russia",
// "Vladimir Putin", "CSTO"). Weight in (0, 1]: how central the entity is to the article.
public sealed record ArticleEntity(string Id, string Name, EntityKind Kind, float Weight);
