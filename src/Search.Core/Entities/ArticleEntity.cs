namespace Search.Core.Entities;

/// <summary>
/// One entity an article is about. <paramref name="Id"/> is canonical, lowercase ASCII and stable
/// ("country:rus", "org:csto", "person:vladimir-putin", "place:moscow") so it can be indexed as an
/// exact Lucene term; <paramref name="Weight"/> in (0, 1] says how central it is (top entity = 1).
/// </summary>
public sealed record ArticleEntity(string Id, string Name, EntityKind Kind, float Weight);
